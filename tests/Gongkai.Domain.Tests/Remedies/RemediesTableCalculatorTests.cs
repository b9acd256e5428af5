using Gongkai.Domain.Remedies;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Domain.Tests.Remedies;

public sealed class RemediesTableCalculatorTests
{
    private static readonly RemedyFiling[] Cases =
    [
        new(RemedyKind.LitigationDirect, new DateOnly(2020, 8, 3), new DateOnly(2020, 11, 20), RemedyResult.Upheld),
        new(RemedyKind.Reconsideration, new DateOnly(2020, 12, 1), new DateOnly(2021, 1, 20), RemedyResult.Corrected),
        new(RemedyKind.Reconsideration, new DateOnly(2020, 3, 2), new DateOnly(2020, 5, 6), RemedyResult.Corrected),
        new(RemedyKind.LitigationAfterReconsideration, new DateOnly(2020, 6, 1), null, RemedyResult.Pending),
        new(RemedyKind.Reconsideration, new DateOnly(2019, 12, 30), new DateOnly(2020, 2, 1), RemedyResult.Other),
    ];

    [Theory(DisplayName = "Table 四 counts a case in the year it was filed, with the result known on 31 December")]
    [InlineData(2020, "litigation_direct_upheld", 1)]
    [InlineData(2020, "litigation_direct_total", 1)]
    [InlineData(2020, "reconsideration_corrected", 1)] // decided 2020-05-06
    [InlineData(2020, "reconsideration_pending", 1)] // filed 2020-12-01, decided only in 2021
    [InlineData(2020, "reconsideration_other", 0)] // filed in 2019: it belongs to 2019's report
    [InlineData(2020, "reconsideration_total", 2)]
    [InlineData(2020, "litigation_after_pending", 1)]
    [InlineData(2019, "reconsideration_pending", 1)] // decided in 2020: still pending at the end of 2019
    [InlineData(2019, "reconsideration_total", 1)]
    [InlineData(2021, "reconsideration_total", 0)]
    public void CountsByFilingYear(int year, string column, int expected)
    {
        var cells = RemediesTableCalculator.Compute(year, Cases);

        Assert.Equal(expected, cells[new CellKey(TableKeys.Remedies, "cases", column)].Number);
    }

    [Theory(DisplayName = "Every one of table 四's 15 cells is present in both formats, and K4 holds by construction")]
    [InlineData(2020)]
    [InlineData(2021)]
    public void CompleteAndConsistent(int year)
    {
        var cells = RemediesTableCalculator.Compute(year, Cases);
        var format = ReportFormats.ForYear(year);
        var expected = format.Table(TableKeys.Remedies).Cells.Select(c => c.Key).ToHashSet();

        Assert.Equal(15, cells.Count);
        Assert.True(expected.SetEquals(cells.Keys));

        var report = new AnnualReport("某街道办事处", year, format.Format, [], cells);
        Assert.DoesNotContain(AnnualReportChecks.Run(report), f => f.RuleId == "K4");
    }
}
