using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;
using Gongkai.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Tests.Requests;

public sealed class ConcurrentRegistrationTests
{
    private static readonly RequestRegistration Typed = new(
        RequestChannel.InPerson, new DateOnly(2024, 3, 4), null, new DateOnly(2024, 3, 4), ApplicantKind.NaturalPerson, "并发申请人",
        IdentityDocumentKind.ResidentIdCard, "11010519491231002X", "新郑市测试路2号", "并发登记测试用的信息", RequestedForm.Paper, DeliveryMethod.Post);

    [Theory(DisplayName = "两名工作人员同时登记：另一人抢先取得同一申请编号时，自动改用下一个编号，不报错、不丢失")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task NumberTakenMeanwhile_IsRetriedWithTheNextNumber(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var competitor = new Competitor(database, times: 1);
        await using var services = Services(database, competitor);
        var scope = await SeedAsync(services);

        await using var clerk = services.CreateAsyncScope();
        var result = await clerk.ServiceProvider.GetRequiredService<RequestRegistrar>().RegisterAsync(scope, Typed, ct);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(["2024-0001"], competitor.Taken);
        Assert.Equal("2024-0002", result.Value.Number);
        await using var check = database.CreateContext();
        var numbers = await check.Requests.OrderBy(r => r.Number).Select(r => r.Number).ToListAsync(ct);
        Assert.Equal(["2024-0001", "2024-0002"], numbers);
        var ours = await check.Requests.SingleAsync(r => r.Number == "2024-0002", ct);
        Assert.Equal("并发登记测试用的信息", ours.Description);
        Assert.Single(await check.AuditEntries.Where(e => e.EntityId == ours.Id.ToString()).ToListAsync(ct));
    }

    [Theory(DisplayName = "编号一再被他人抢先时，给出清楚的中文提示而不是错误页，什么也不写入一半")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task NumberTakenEveryTime_GivesAPlainConflict(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var competitor = new Competitor(database, times: int.MaxValue);
        await using var services = Services(database, competitor);
        var scope = await SeedAsync(services);

        await using var clerk = services.CreateAsyncScope();
        var result = await clerk.ServiceProvider.GetRequiredService<RequestRegistrar>().RegisterAsync(scope, Typed, ct);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.Conflict, result.Error!.Kind);
        Assert.Contains("请再次提交", result.Error.Message, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.Equal(competitor.Taken.Count, await check.Requests.CountAsync(ct));
        Assert.DoesNotContain(await check.Requests.Select(r => r.Description).ToListAsync(ct), d => d == "并发登记测试用的信息");
    }

    private static ServiceProvider Services(TestDatabase database, Competitor competitor)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGongkaiApplication(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
        }).Build());
        services.ConfigureDbContext<GongkaiDbContext>(options => options.AddInterceptors(competitor));
        return services.BuildServiceProvider();
    }

    private static async Task<AgencyScope> SeedAsync(ServiceProvider services)
    {
        await using var seed = services.CreateAsyncScope();
        var db = seed.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var city = DemoAgencies.City();
        db.Agencies.Add(city);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new AgencyScope(city.Id, new HashSet<Guid> { city.Id }, CanWrite: true);
    }

    /// <summary>The other clerk: just before our save, registers a request with the number we picked, on its own connection.</summary>
    private sealed class Competitor(TestDatabase database, int times) : SaveChangesInterceptor
    {
        public List<string> Taken { get; } = [];

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var ours = eventData.Context!.ChangeTracker.Entries<RequestRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).FirstOrDefault();
            if (ours is not null && Taken.Count < times)
            {
                Taken.Add(ours.Number);
                await using var other = database.CreateContext();
                other.Requests.Add(new RequestRecord
                {
                    AgencyId = ours.AgencyId,
                    Number = ours.Number,
                    ReceivedOn = ours.ReceivedOn,
                    SubmittedOn = ours.SubmittedOn,
                    ApplicantName = "另一申请人",
                    IdentityNumber = "11010519491231002X",
                    Contact = "另一地址",
                    Description = "另一名工作人员登记的申请",
                    State = RequestState.Registered,
                });
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
