using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Gongkai.Application.Agencies;
using Gongkai.Application.Auditing;
using Gongkai.Application.Persistence;
using Gongkai.Application.Reports;
using Gongkai.Application.Requests;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Benchmarks.Reports;

/// <summary>
/// A year's report computed from the database (<see cref="ReportComposer"/>: table 二 figures, table 三
/// from 100,000 request records of one agency over two years, table 四) on a migrated SQLite file and
/// on PostgreSQL (server from <c>GONGKAI_TEST_POSTGRES</c>, as in the tests). Target: under 2 s.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReportFromDatabaseBenchmarks
{
    private const int Requests = 100_000;
    private string _connectionString = "";
    private Agency _agency = null!;

    /// <summary>The database engine.</summary>
    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    /// <summary>Creates and fills a fresh database.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _connectionString = Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(Path.GetTempPath(), $"gongkai-bench-{Guid.NewGuid():N}.db")}"
            : new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set GONGKAI_TEST_POSTGRES (source .ci/services.sh) for the PostgreSQL case."))
            { Database = $"gongkai_bench_{Guid.NewGuid():N}" }.ConnectionString;
        await using (var db = Context())
        {
            await new DatabaseMigrator(db).MigrateAsync();
            _agency = new Agency { Name = "基准测试机关", CreditCode = "11410184MB1951606T" };
            db.Agencies.Add(_agency);
            await db.SaveChangesAsync();
        }

        var random = new Random(2026);
        for (var batch = 0; batch < Requests / 10_000; batch++)
        {
            await using var db = Context();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < 10_000; i++)
            {
                var received = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 731));
                DateOnly? concluded = random.Next(10) == 0 ? null : received.AddDays(random.Next(1, 60));
                db.Requests.Add(new RequestRecord
                {
                    AgencyId = _agency.Id,
                    Number = $"{batch:D2}-{i:D5}",
                    ReceivedOn = received,
                    SubmittedOn = received,
                    ApplicantKind = (ApplicantKind)random.Next(6),
                    ApplicantName = "申请人",
                    IdentityNumber = "-",
                    Contact = "-",
                    Description = "-",
                    State = concluded is null ? RequestState.Registered : RequestState.Replied,
                    ConcludedOn = concluded,
                    DispositionKey = concluded is null ? null : Disposition.All[random.Next(Disposition.All.Count)].Key,
                });
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>The 2025 report (every table computed) for the agency.</summary>
    [Benchmark]
    public async Task<decimal?> ComposeYearReport()
    {
        await using var db = Context();
        var report = await new ReportComposer(db).ComposeAsync(_agency, 2025, new ReportNarrative("", "", ""));
        return report.Get("requests", "new_received", "total").Number;
    }

    private GongkaiDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<GongkaiDbContext>();
        builder.UseGongkaiDatabase(Provider, _connectionString);
        return new GongkaiDbContext(builder.Options, TimeProvider.System, SystemAuditActor.Instance);
    }
}
