using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Gongkai.Documents.Reading;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Benchmarks.Reports;

/// <summary>
/// Read + check throughput on one core: each operation reads one report file of the shape through
/// <see cref="AnnualReportReader"/> (shape detection, extraction, interpretation) and runs every
/// check on it. An invocation reads the whole corpus of <see cref="ReportCorpus.Size"/> distinct reports.
/// </summary>
[Config(typeof(OneCoreConfig))]
public class ReadAndCheckBenchmarks
{
    private byte[][] _corpus = [];

    /// <summary>The file shape read.</summary>
    [ParamsSource(nameof(Shapes))]
    public ReportShape Shape { get; set; }

    /// <summary>
    /// Text, HTML and DOCX; <c>GONGKAI_BENCH_SHAPES=Text</c> (comma-separated shape names) runs only those,
    /// to iterate on one shape without the others' five minutes.
    /// </summary>
    public static IEnumerable<ReportShape> Shapes() =>
        Environment.GetEnvironmentVariable("GONGKAI_BENCH_SHAPES") is { Length: > 0 } only
            ? only.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ReportShape>)
            : [ReportShape.Text, ReportShape.Html, ReportShape.Docx];

    /// <summary>Renders the corpus and proves that the first reports read back right.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _corpus = ReportCorpus.Render(Shape);
        var expected = ReportCorpus.Reports(2).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            var read = Read(_corpus[i]).Report ?? throw new InvalidOperationException($"{Shape} report {i} was not read.");
            var wrong = expected[i].Definition.Cells.Count(c => expected[i][c.Key].Number != read[c.Key].Number);
            if (wrong > 0)
            {
                throw new InvalidOperationException($"{Shape} report {i}: {wrong} cells read wrong; the benchmark would measure a broken reader.");
            }
        }
    }

    /// <summary>Reads and checks every report of the corpus; returns the number of findings.</summary>
    [Benchmark(OperationsPerInvoke = ReportCorpus.Size)]
    public int ReadAndCheck()
    {
        var findings = 0;
        foreach (var bytes in _corpus)
        {
            var reading = Read(bytes);
            findings += reading.Findings.Count;
            if (reading.Report is { } report)
            {
                findings += AnnualReportChecks.Run(report).Count;
            }
        }

        return findings;
    }

    private ReportReading Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return AnnualReportReader.Read(stream, Shape switch
        {
            ReportShape.Text => "report.txt",
            ReportShape.Html => "report.html",
            _ => "report.docx",
        });
    }

    /// <summary>One process pinned to one core; one warm-up and three measured passes over the corpus.</summary>
    private sealed class OneCoreConfig : ManualConfig
    {
        public OneCoreConfig()
        {
            AddJob(Job.Default
                .WithAffinity(1)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
            AddColumn(StatisticColumn.OperationsPerSecond);
            AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
        }
    }
}
