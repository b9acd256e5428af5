using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Writing;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Every writer's output read back through the facade gives the same report, both formats.</summary>
public class WriterRoundTripTests
{
    public static TheoryData<ReportOutputFormat, ReportFormat, int> Cases()
    {
        var data = new TheoryData<ReportOutputFormat, ReportFormat, int>();
        foreach (var output in new[] { ReportOutputFormat.Html, ReportOutputFormat.Docx, ReportOutputFormat.Markdown, ReportOutputFormat.Json })
        {
            foreach (var format in ReportFormats.All)
            {
                foreach (var seed in new[] { 1, 2, 3 })
                {
                    data.Add(output, format.Format, seed);
                }
            }
        }

        return data;
    }

    [Theory(DisplayName = "Write → read returns every cell, the agency, the year, the format and the six sections")]
    [MemberData(nameof(Cases))]
    public void WrittenReport_ReadsBackTheSame(ReportOutputFormat output, ReportFormat format, int seed)
    {
        var report = RandomReports.Create(seed * 17, format, blanks: seed == 2);
        var bytes = ReportWriter.ToBytes(report, output);
        var reading = AnnualReportReader.Read(new MemoryStream(bytes), "report" + ReportWriter.Extension(output));
        var read = reading.Report!;
        Assert.Equal(report.AgencyName, read.AgencyName);
        Assert.Equal(report.Year, read.Year);
        Assert.Equal(format, read.Format);
        Assert.Equal([1, 2, 3, 4, 5, 6], read.Sections.Select(s => s.Number));
        foreach (var cell in report.Definition.Cells)
        {
            var want = report[cell.Key];
            var got = read[cell.Key];
            Assert.True(want.Number == got.Number && want.IsBlank == got.IsBlank, $"{cell.Key}: wrote '{want}', read '{got}' ({got.Source})");
        }

        Assert.DoesNotContain(reading.Findings, f => f.Severity == FindingSeverity.VerifyReading || f.RuleId is "STRUCTURE" or "K10");
    }
}
