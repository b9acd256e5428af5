using Gongkai.Domain.Applicants;
using Gongkai.Domain.Catalogue;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Catalogue;

public class IndexNumberTemplateTests
{
    private static readonly UnifiedSocialCreditCode Ningguo = UnifiedSocialCreditCode.Parse("11341702486344515H").Value;

    [Theory(DisplayName = "索引号按机关模板生成（默认：统一社会信用代码/年份-五位顺序号）")]
    [InlineData(IndexNumberTemplate.Default, "2021-10-08", 13, "11341702486344515H/2021-00013")]
    [InlineData("{统一社会信用代码}/{yyyy}{MM}-{seq:00000}", "2021-10-08", 13, "11341702486344515H/202110-00013")]
    [InlineData("{组织机构代码}/{yyyy}-{seq:00000}", "2023-01-05", 79, "486344515/2023-00079")]
    [InlineData("{组织机构代码}-{yyyy}-{seq}", "2020-06-30", 153077, "486344515-2020-153077")]
    [InlineData("{统一社会信用代码}/{yyyy}-{seq:000}", "2024-12-31", 12345, "11341702486344515H/2024-12345")]
    public void Renders(string template, string publishedOn, int sequence, string expected) =>
        Assert.Equal(expected, IndexNumberTemplate.Parse(template).Value.Render(Ningguo, D(publishedOn), sequence));

    [Theory(DisplayName = "不合格的索引号模板被拒绝并说明原因")]
    [InlineData("", "不能为空")]
    [InlineData("{统一社会信用代码}/{yyyy}", "恰好包含一个顺序号")]
    [InlineData("{seq}/{yyyy}-{seq:00000}", "恰好包含一个顺序号")]
    [InlineData("{统一社会信用代码}/{seq:00000}", "必须包含年份")]
    [InlineData("{机构}/{yyyy}-{seq}", "无法识别")]
    [InlineData("{seq:0x0}/{yyyy}", "无法识别")]
    [InlineData("{yyyy-{seq}", "无法识别")]
    [InlineData("{yyyy}-{seq", "没有对应的")]
    [InlineData("yyyy}-{seq}", "没有对应的")]
    public void RefusesBadTemplates(string template, string reason)
    {
        var parsed = IndexNumberTemplate.Parse(template);
        Assert.False(parsed.IsSuccess);
        Assert.Contains(reason, parsed.Refusal, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "顺序号从 1 起，小于 1 的顺序号不生成索引号")]
    public void SequenceStartsAtOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexNumberTemplate.DefaultTemplate.Render(Ningguo, D("2024-01-02"), 0));

    [Fact(DisplayName = "同一机关同一年的顺序号只增不减，撤回后也不重复使用")]
    public void CounterNeverReuses()
    {
        var counter = IndexNumberCounter.Start(2024);
        var issued = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            (counter, var sequence) = counter.Issue();
            issued.Add(IndexNumberTemplate.DefaultTemplate.Render(Ningguo, D("2024-05-06"), sequence));
        }

        Assert.Equal(["11341702486344515H/2024-00001", "11341702486344515H/2024-00002", "11341702486344515H/2024-00003"], issued);
        Assert.Equal(new IndexNumberCounter(2024, 3), counter);
    }

    [Fact(DisplayName = "顺序号溢出时报错而不是回绕")]
    public void CounterOverflowFails() =>
        Assert.Throws<OverflowException>(() => new IndexNumberCounter(2024, int.MaxValue).Issue());
}
