using System.Text;
using Gongkai.Documents.Tests.Writing;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Benchmarks.Reports;

/// <summary>
/// A corpus of distinct annual reports with random but consistent figures, half in each format,
/// rendered in memory in one shape.
/// </summary>
public static class ReportCorpus
{
    /// <summary>How many distinct reports the benchmark reads per operation batch.</summary>
    public const int Size = 10_000;

    /// <summary>The reports, deterministic by seed: even seeds 2019 trial, odd seeds 2021.</summary>
    public static IEnumerable<AnnualReport> Reports(int size = Size) =>
        Enumerable.Range(0, size).Select(seed => RandomReports.Create(
            seed,
            seed % 2 == 0 ? ReportFormat.Trial2019 : ReportFormat.Revised2021,
            blanks: seed % 5 == 0));

    /// <summary>The corpus rendered as files of one shape.</summary>
    public static byte[][] Render(ReportShape shape, int size = Size) =>
        [.. Reports(size).Select(report => shape switch
        {
            ReportShape.Text => Encoding.UTF8.GetBytes(TextReportWriter.Write(report)),
            ReportShape.Html => ReportWriter.ToBytes(report, ReportOutputFormat.Html),
            ReportShape.Docx => ReportWriter.ToBytes(report, ReportOutputFormat.Docx),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown shape."),
        })];
}
