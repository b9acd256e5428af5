using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Domain.Tests.Catalogue;

public class DisclosureGuideTests
{
    private static readonly GuideOffice Complete = new(
        "沛县人民政府", "沛县人民政府办公室", "沛县汉城路 1 号", "工作日 8:30—12:00，14:30—17:30", "0516-89000000", "0516-89000001", "zwgk@example.gov.cn", "221600");

    private static DisclosureGuide Generate(GuideOffice office) => DisclosureGuide.Generate(
        office, AgencyLevel.FromName(office.AgencyName), CategoryScheme.Default, TopicList.Default, IndexNumberTemplate.DefaultTemplate);

    [Fact(DisplayName = "条例第十二条：指南包含分类、编排体系、获取方式和工作机构的联系方式")]
    public void ContainsArticle12Items()
    {
        var guide = Generate(Complete);
        var text = string.Join("\n", guide.Sections.SelectMany(s => s.Paragraphs.Prepend(s.Heading)));
        Assert.Equal("沛县人民政府政府信息公开指南", guide.Title);
        Assert.True(guide.IsComplete);
        Assert.Contains("市政建设", text, StringComparison.Ordinal); // Art. 21 item of a county government
        Assert.Contains("索引号格式为“{统一社会信用代码}/{yyyy}-{seq:00000}”", text, StringComparison.Ordinal);
        Assert.Contains("办公地址：沛县汉城路 1 号（邮政编码：221600）", text, StringComparison.Ordinal);
        Assert.Contains("传真号码：0516-89000001", text, StringComparison.Ordinal);
        Assert.Contains("互联网联系方式：zwgk@example.gov.cn", text, StringComparison.Ordinal);
        Assert.Contains("20 个工作日内予以答复", text, StringComparison.Ordinal);
        Assert.Equal(["一、总则", "二、主动公开", "三、依申请公开", "四、政府信息公开工作机构", "五、监督和救济"], guide.Sections.Select(s => s.Heading));
    }

    [Fact(DisplayName = "缺少第十二条要求的联系方式时，指南标明未填写并列出缺项")]
    public void ReportsMissingItems()
    {
        var guide = Generate(Complete with { Fax = null, Internet = " " });
        Assert.False(guide.IsComplete);
        Assert.Equal(["指南缺少传真号码（条例第十二条）。", "指南缺少互联网联系方式（条例第十二条）。"], guide.MissingItems);
        Assert.Contains("传真号码：（未填写）", guide.Sections[3].Paragraphs);
    }

    [Fact(DisplayName = "乡镇政府的指南列出乡镇应公开的类别")]
    public void TownshipCategories()
    {
        var guide = Generate(Complete with { AgencyName = "某某镇人民政府" });
        Assert.Contains("宅基地", guide.Sections[1].Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain("市政建设", guide.Sections[1].Paragraphs[0], StringComparison.Ordinal);
    }
}
