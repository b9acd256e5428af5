using Gongkai.Documents.Reading;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The seed: a real 2020 report of a 街道办事处, plain text extracted from Word.</summary>
public class SeedReportTests
{
    private static readonly ReportReading Reading = AnnualReportReader.Read(SampleFiles.Seed2020);

    private static AnnualReport Report => Reading.Report!;

    public static TheoryData<string, string, string, decimal> NonZeroCells => new()
    {
        { TableKeys.Proactive, "procurement", "projects", 5m },
        { TableKeys.Proactive, "procurement", "amount", 1186.1878m },
        { TableKeys.Requests, "new_received", "natural_person", 1m },
        { TableKeys.Requests, "new_received", "total", 1m },
        { TableKeys.Requests, "disclosed", "natural_person", 1m },
        { TableKeys.Requests, "disclosed", "total", 1m },
        { TableKeys.Requests, "outcome_total", "natural_person", 1m },
        { TableKeys.Requests, "outcome_total", "total", 1m },
        { TableKeys.Remedies, "cases", "litigation_direct_upheld", 1m },
        { TableKeys.Remedies, "cases", "litigation_direct_total", 1m },
    };

    [Fact(DisplayName = "The seed's title gives the agency and the year 2020")]
    public void Title_GivesAgencyAndYear()
    {
        Assert.Equal("新郑市新建路街道办事处", Report.AgencyName);
        Assert.Equal(2020, Report.Year);
    }

    [Fact(DisplayName = "The seed is laid out in the 2019 trial format (第二十条第（九）项, 本年新制作数量, one （六） row)")]
    public void Format_IsTrial2019() => Assert.Equal(ReportFormat.Trial2019, Report.Format);

    [Fact(DisplayName = "Six sections with their markers as written: 1、 二、 三、 四、 5、 六、")]
    public void Sections_KeepMarkersAsWritten()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], Report.Sections.Select(s => s.Number));
        Assert.Equal(["1、", "二、", "三、", "四、", "5、", "六、"], Report.Sections.Select(s => s.Marker));
        Assert.Equal("总体情况", Report.Sections[0].Title);
        Assert.Equal(5, Report.Sections[0].Paragraphs.Count);
        Assert.Equal("无", Report.Sections[5].Text);
        Assert.Equal(2, Report.Preamble.Count);
    }

    [Fact(DisplayName = "Every cell of every table is read, each with its raw text and line")]
    public void EveryCell_IsRead()
    {
        var nonZero = NonZeroCells.Select(row => row.Data).Select(d => new CellKey(d.Item1, d.Item2, d.Item3)).ToHashSet();
        foreach (var cell in ReportFormats.Trial2019.Cells)
        {
            Assert.True(Report.Cells.TryGetValue(cell.Key, out var value), $"{cell.Key} not read");
            Assert.NotNull(value.Source?.Line);
            Assert.NotNull(value.Raw);
            if (!nonZero.Contains(cell.Key))
            {
                Assert.True(value.Number == 0m, $"{cell.Key} = '{value.Raw}'");
            }
        }

        Assert.Equal(22 + 161 + 15, Report.Cells.Count);
    }

    [Theory(DisplayName = "The non-zero cells: 采购 5 and 1186.1878, one request disclosed, one lawsuit upheld")]
    [MemberData(nameof(NonZeroCells))]
    public void NonZeroCell_HasItsValue(string table, string row, string column, decimal expected) =>
        Assert.Equal(expected, Report.Get(table, row, column).Number);

    [Fact(DisplayName = "A cell keeps where it came from: 1186.1878 on line 84")]
    public void Cell_KeepsItsLine()
    {
        var amount = Report.Get(TableKeys.Proactive, "procurement", "amount");
        Assert.Equal(84, amount.Source!.Line);
        Assert.Equal("1186.1878", amount.Raw);
        var bookmarked = Report.Get(TableKeys.Proactive, "rules", "total_published");
        Assert.Equal(25, bookmarked.Source!.Line);
        Assert.Equal(0m, bookmarked.Number);
    }

    [Fact(DisplayName = "The seed raises no reading doubt and nothing missing")]
    public void Seed_HasNoFindings() => Assert.Empty(Reading.Findings);
}
