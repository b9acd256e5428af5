using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;

namespace Gongkai.Benchmarks.Requests;

/// <summary>
/// Table 三 of one report year computed in memory from 1,000,000 request records (received 2022–2025, some still
/// open), pinned to one core. Target: under one second.
/// dotnet run -c Release --project bench/Gongkai.Benchmarks -- --filter '*RequestsTable*'
/// </summary>
[Config(typeof(OneCoreConfig))]
[MemoryDiagnoser]
public class RequestsTableBenchmarks
{
    private RequestTableEntry[] _entries = [];

    /// <summary>Number of request records.</summary>
    [Params(1_000_000)]
    public int Requests { get; set; }

    /// <summary>The format to fill (2024 requires the 2021 format; 2019 shows the folded 其他处理 row).</summary>
    [Params(ReportFormat.Trial2019, ReportFormat.Revised2021)]
    public ReportFormat Format { get; set; }

    [GlobalSetup]
    public void Setup() => _entries = RequestHistories.Generate(Requests, seed: 2024);

    [Benchmark(Description = "table 三 of 2024 from 1M requests")]
    public int ComputeTable() => RequestsTableCalculator.Compute(2024, _entries, ReportFormats.Get(Format)).Count;

    private sealed class OneCoreConfig : ManualConfig
    {
        public OneCoreConfig() =>
            AddJob(Job.Default.WithAffinity(new IntPtr(1)).WithWarmupCount(3).WithIterationCount(10).WithId("one-core"));
    }
}
