using Gongkai.Domain.Agencies;

namespace Gongkai.Domain.Tests.Agencies;

public class AgencyLevelTests
{
    [Theory(DisplayName = "The level of an agency is read from its name")]
    [InlineData("新郑市新建路街道办事处", AdministrativeTier.Subdistrict, true)]
    [InlineData("某区某某街道", AdministrativeTier.Subdistrict, false)]
    [InlineData("某县城关镇人民政府", AdministrativeTier.Township, true)]
    [InlineData("某县某某乡人民政府", AdministrativeTier.Township, true)]
    [InlineData("某县市场监督管理局", AdministrativeTier.County, false)]
    [InlineData("某县住房和城乡建设局", AdministrativeTier.County, false)]
    [InlineData("某县乡村振兴局", AdministrativeTier.County, false)]
    [InlineData("长阳土家族自治县人民政府", AdministrativeTier.County, true)]
    [InlineData("达拉特旗人民政府", AdministrativeTier.County, true)]
    [InlineData("郑州市金水区人民政府", AdministrativeTier.County, true)]
    [InlineData("郑州市金水区教育局", AdministrativeTier.County, false)]
    [InlineData("郑州市人民政府", AdministrativeTier.City, true)]
    [InlineData("镇江市人民政府", AdministrativeTier.City, true)]
    [InlineData("郑州高新技术产业开发区管理委员会", AdministrativeTier.Unknown, false)]
    [InlineData("郑州市市场监督管理局", AdministrativeTier.City, false)]
    [InlineData("河南省人民政府办公厅", AdministrativeTier.Province, true)]
    [InlineData("广西壮族自治区人民政府", AdministrativeTier.Province, true)]
    [InlineData("国家林业和草原局", AdministrativeTier.Unknown, false)]
    public void FromName_ReadsTier(string name, AdministrativeTier tier, bool isGovernment) =>
        Assert.Equal(new AgencyLevel(tier, isGovernment), AgencyLevel.FromName(name));

    [Theory(DisplayName = "Only State Council departments and governments of provinces, 设区的市 and 自治州 make 规章 (《立法法》 Art. 91, 93)")]
    [InlineData("新郑市新建路街道办事处", false)]
    [InlineData("某县城关镇人民政府", false)]
    [InlineData("某县市场监督管理局", false)]
    [InlineData("郑州市金水区人民政府", false)]
    [InlineData("郑州市人民政府", true)]
    [InlineData("河南省人民政府", true)]
    [InlineData("国家林业和草原局", true)]
    public void MayMakeRules_ByLevel(string name, bool mayMakeRules) =>
        Assert.Equal(mayMakeRules, AgencyLevel.FromName(name).MayMakeRules);
}
