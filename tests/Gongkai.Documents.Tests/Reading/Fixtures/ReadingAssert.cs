using Gongkai.Documents.Reading;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading.Fixtures;

/// <summary>Assertions on what a reader made of a rendered report.</summary>
internal static class ReadingAssert
{
    /// <summary>Every cell of every table, in the format each table was rendered in, read as written.</summary>
    public static void AllCells(AnnualReport expected, RenderLayout layout, AnnualReport read, string? except = null)
    {
        foreach (var tableKey in new[] { TableKeys.Proactive, TableKeys.Requests, TableKeys.Remedies })
        {
            if (tableKey == except || tableKey == layout.OmitTable)
            {
                continue;
            }

            foreach (var cell in layout.FormatOf(expected, tableKey).Table(tableKey).Cells)
            {
                Cell(expected[cell.Key], read, cell.Key);
            }
        }
    }

    public static void Cell(CellValue want, AnnualReport read, CellKey key)
    {
        Assert.True(read.Cells.TryGetValue(key, out var got), $"{key} not read");
        Assert.True(
            want.Number == got.Number && want.IsBlank == got.IsBlank && want.IsUnreadable == got.IsUnreadable,
            $"{key}: wrote '{want}', read '{got}' (raw '{got.Raw}', {got.Source})");
        Assert.NotNull(got.Source);
    }

    public static void NoDoubts(ReportReading reading) =>
        Assert.True(
            reading.Findings.Count == 0,
            "unexpected findings: " + string.Join(" | ", reading.Findings.Select(f => $"{f.RuleId} {f.Message}")));

    public static Finding Single(ReportReading reading, string ruleId, string fragment)
    {
        var matching = reading.Findings.Where(f => f.RuleId == ruleId && f.Message.Contains(fragment, StringComparison.Ordinal)).ToList();
        Assert.True(
            matching.Count >= 1,
            $"no {ruleId} finding containing '{fragment}' among: " + string.Join(" | ", reading.Findings.Select(f => $"{f.RuleId} {f.Message}")));
        return matching[0];
    }
}
