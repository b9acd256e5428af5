using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Reports;
using Gongkai.Documents.Reading;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;
using Gongkai.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Tests.Reports;

public sealed class Demo2020ReportTests
{
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "samples", "reports", "xinjianlu-2020.txt");

    [Theory(DisplayName = "The demo agency's 2020 report, computed from its records, equals the seed report's figures cell by cell")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Computed2020Report_EqualsSeedFigures(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = ApplicationServices.For(database);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.CreditCode == DemoAgencies.SubdistrictCreditCode, ct);

        var computed = await scope.ServiceProvider.GetRequiredService<ReportComposer>().ComposeAsync(agency, 2020, new ReportNarrative("", "", ""), ct);
        var seed = AnnualReportReader.Read(SeedPath).Report!;

        Assert.Equal(ReportFormat.Trial2019, computed.Format);
        var cells = computed.Definition.Cells.ToList();
        Assert.Equal(cells.Count, computed.Cells.Count);
        var differences = cells
            .Where(c => seed[c.Key].Number != computed[c.Key].Number)
            .Select(c => $"{c.Key}: seed {seed[c.Key].Number} computed {computed[c.Key].Number}")
            .ToList();
        Assert.Empty(differences);
        Assert.Equal(1186.1878m, computed.Get(TableKeys.Proactive, "procurement", "amount").Number);
        Assert.Equal(1m, computed.Get(TableKeys.Requests, "disclosed", "natural_person").Number);
        Assert.Equal(1m, computed.Get(TableKeys.Remedies, "cases", "litigation_direct_upheld").Number);
    }

    [Theory(DisplayName = "The demo publishes the 2020 report: frozen canonical JSON, no check errors")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Demo2020_IsPublished_WithoutErrors(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = ApplicationServices.For(database);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);

        var json = await scope.ServiceProvider.GetRequiredService<PublishedReports>().JsonAsync(DemoAgencies.SubdistrictCreditCode, 2020, cancellationToken: ct);
        Assert.NotNull(json);
        var report = Gongkai.Documents.Json.CanonicalJsonReport.Read(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(DemoAgencies.SubdistrictName, report.AgencyName);
        Assert.DoesNotContain(AnnualReportChecks.Run(report), f => f.Severity == FindingSeverity.Error);
    }
}
