using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

public class DispositionTests
{
    [Fact(DisplayName = "办理结果就是表三的叶子行，没有第二份清单")]
    public void Dispositions_AreTheLeafRowsOfThe2021Format() =>
        Assert.Equal(ReportFormats.Revised2021.Dispositions.Select(r => r.Key), Disposition.All.Select(d => d.Key));

    [Theory(DisplayName = "2021 年格式（六）其他处理的三行在 2019 年格式中计入唯一的（六）其他处理行")]
    [InlineData("other_no_correction", "other")]
    [InlineData("other_fee_unpaid", "other")]
    [InlineData("other_misc", "other")]
    [InlineData("withheld_state_secret", "withheld_state_secret")]
    [InlineData("partly_disclosed", "partly_disclosed")]
    public void RowKeyIn2019(string key, string row2019) =>
        Assert.Equal(row2019, DispositionMapping.RowKeyIn(Disposition.Parse(key), ReportFormats.Trial2019));

    [Fact(DisplayName = "每一个办理结果在两种格式中都恰好有一行")]
    public void EveryDisposition_HasARowInEveryFormat()
    {
        foreach (var format in ReportFormats.All)
        {
            var rows = format.Dispositions.Select(r => r.Key).ToHashSet();
            Assert.All(Disposition.All, d => Assert.Contains(DispositionMapping.RowKeyIn(d, format), rows));
            Assert.Equal(rows.Count, Disposition.All.Select(d => DispositionMapping.RowKeyIn(d, format)).Distinct().Count());
        }
    }

    [Fact(DisplayName = "2019 年格式的（六）其他处理读入时归为 2021 年格式的 3.其他")]
    public void Other2019_ReadsAsOtherMisc() => Assert.Same(Disposition.OtherMisc, Disposition.Parse("other"));

    [Fact(DisplayName = "未知的行键被拒绝")]
    public void UnknownKey_IsRejected() => Assert.False(Disposition.TryParse("outcome_total", out _));

    [Fact(DisplayName = "办理结果以办事人员熟悉的标签显示")]
    public void Label_ReadsLikeTheTable() =>
        Assert.Equal("（三）不予公开 1.属于国家秘密", Disposition.Parse("withheld_state_secret").Label);
}
