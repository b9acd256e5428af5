using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Domain.Tests.Catalogue;

public class CategorySchemeTests
{
    [Theory(DisplayName = "条例第二十条、第二十一条：各层级机关应主动公开的类别数")]
    [InlineData("国务院办公厅", 15)]
    [InlineData("河南省人民政府", 15)]
    [InlineData("郑州市人民政府", 22)]
    [InlineData("新郑市市场监督管理局", 22)]
    [InlineData("沛县人民政府", 22)]
    [InlineData("某某镇人民政府", 22)]
    [InlineData("新郑市新建路街道办事处", 15)]
    public void CountsByLevel(string agency, int expected) =>
        Assert.Equal(expected, CategoryScheme.Default.For(AgencyLevel.FromName(agency)).Count);

    [Fact(DisplayName = "条例第二十一条：县级政府公开市政建设等，乡镇政府公开农业农村政策等")]
    public void Article21ItemsDifferByLevel()
    {
        var county = CategoryScheme.Default.For(AgencyLevel.FromName("沛县人民政府")).Select(c => c.Label).ToList();
        var township = CategoryScheme.Default.For(AgencyLevel.FromName("某某镇人民政府")).Select(c => c.Label).ToList();
        Assert.Contains("市政建设", county);
        Assert.DoesNotContain("宅基地", county);
        Assert.Contains("宅基地", township);
        Assert.Contains("筹资筹劳", township);
        Assert.DoesNotContain("市政建设", township);
        Assert.Equal("行政法规、规章和规范性文件", county[0]);
    }

    [Fact(DisplayName = "类别以代码存储，条文出处随类别给出")]
    public void FindByCode()
    {
        var category = CategoryScheme.Default.Find("A20-07");
        Assert.NotNull(category);
        Assert.Equal("财政预算、决算信息", category.Label);
        Assert.Equal("第二十条第（七）项", category.Article);
        Assert.Null(CategoryScheme.Default.Find("A99"));
    }

    [Fact(DisplayName = "机关可以用自己的类别文件补充或替换默认类别")]
    public void CustomScheme()
    {
        var scheme = CategoryScheme.Parse("""{"categories":[{"code":"X1","article":"第二十一条","label":"社区服务","tiers":["Subdistrict"]}]}""");
        Assert.Single(scheme.For(AgencyLevel.FromName("新郑市新建路街道办事处")));
        Assert.Empty(scheme.For(AgencyLevel.FromName("沛县人民政府")));
    }

    [Theory(DisplayName = "格式错误的类别文件被拒绝")]
    [InlineData("""{"categories":[{"code":"X1","article":"a","label":"b","tiers":["Village"]}]}""", "无法识别")]
    [InlineData("""{"categories":[{"code":"X1","article":"a","label":"b","tiers":["*"]},{"code":"X1","article":"a","label":"c","tiers":["*"]}]}""", "重复")]
    [InlineData("""{"categories":[{"code":"X1","label":"b","tiers":["*"]}]}""", "格式不正确")]
    [InlineData("not json", "格式不正确")]
    public void BadScheme(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => CategoryScheme.Parse(json));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "主题分类共 22 类，旧称“民政、扶贫、救灾”仍可识别")]
    public void Topics()
    {
        Assert.Equal(22, TopicList.Default.Topics.Count);
        Assert.Equal("17", TopicList.Default.Find("民政、扶贫、救灾")?.Code);
        Assert.Equal("其他", TopicList.Default.Find("22")?.Label);
        Assert.Null(TopicList.Default.Find("不存在"));
        Assert.Throws<FormatException>(() => TopicList.Parse("""{"topics":[{"code":"01","label":"a"},{"code":"01","label":"b"}]}"""));
    }
}
