using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Gongkai.Benchmarks -- --filter '*Read*'
BenchmarkSwitcher.FromAssembly(typeof(Gongkai.Benchmarks.Reports.ReportCorpus).Assembly).Run(args);
