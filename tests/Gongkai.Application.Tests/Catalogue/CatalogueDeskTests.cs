using Gongkai.Application.Catalogue;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Tests.Catalogue;

public sealed class CatalogueDeskTests
{
    [Theory(DisplayName = "条例第十七条、第二十六条：审核公开时分配索引号，超过 20 个工作日公开的标记")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Approval_AllocatesIndexNumber_AndFlagsLatePublication(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        var onTime = await fixture.PublishAsync(CatalogueFixture.Input("关于印发某某办法的通知", formedOn: "2024-10-20"));
        var late = await fixture.PublishAsync(CatalogueFixture.Input("2024年财政预算", formedOn: "2024-09-20", category: "A20-07"));

        Assert.Equal("11410184005548016X/2024-00001", onTime.IndexNumber);
        Assert.Equal("11410184005548016X/2024-00002", late.IndexNumber);
        Assert.Equal(new DateOnly(2024, 10, 24), onTime.PublishedOn);
        Assert.False(onTime.PublishedLate);
        Assert.True(late.PublishedLate); // deadline 2024-10-23
    }

    [Theory(DisplayName = "未经审核不得公开；只有审批人可以审核")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task OnlyApproverPublishes_AndOnlyAfterSubmission(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        await using var db = fixture.Database.CreateContext(timeProvider: fixture.Clock);
        var desk = fixture.Desk(db);
        var draft = (await desk.CreateAsync(fixture.Scope, CatalogueFixture.Input("草稿"), TestContext.Current.CancellationToken)).Value;

        var notApprover = await desk.ApproveAsync(fixture.Scope, draft.Id, draft.Version, isApprover: false, TestContext.Current.CancellationToken);
        var notSubmitted = await desk.ApproveAsync(fixture.Scope, draft.Id, draft.Version, isApprover: true, TestContext.Current.CancellationToken);

        Assert.Contains("只有审批人", notApprover.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("“草稿”状态的信息不能执行“审核公开”。", notSubmitted.Error!.Message);
        Assert.Null((await db.Set<CatalogueItem>().AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).IndexNumber);
    }

    [Theory(DisplayName = "撤回留痕：信息、索引号和理由都保留，索引号不再使用")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Withdrawal_LeavesTrace_AndNumberIsNotReused(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        var first = await fixture.PublishAsync(CatalogueFixture.Input("将被撤回的信息"));
        await using (var db = fixture.Database.CreateContext(timeProvider: fixture.Clock))
        {
            var withdrawn = await fixture.Desk(db).StepAsync(fixture.Scope, first.Id, first.Version, PublicationStep.Withdraw, "内容有误，更正后重新发布", isApprover: true, TestContext.Current.CancellationToken);
            Assert.True(withdrawn.Succeeded, withdrawn.Error?.Message);
        }

        var second = await fixture.PublishAsync(CatalogueFixture.Input("更正后的信息"));
        await using var check = fixture.Database.CreateContext();
        var trace = await check.Set<CatalogueItem>().AsNoTracking().SingleAsync(i => i.Id == first.Id, TestContext.Current.CancellationToken);
        Assert.Equal(PublicationState.Withdrawn, trace.State);
        Assert.Equal("内容有误，更正后重新发布", trace.WithdrawalReason);
        Assert.Equal("11410184005548016X/2024-00001", trace.IndexNumber);
        Assert.Equal("11410184005548016X/2024-00002", second.IndexNumber);
    }

    [Theory(DisplayName = "并发审核不会分到同一个索引号")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ConcurrentApprovals_GetDistinctNumbers(DatabaseProvider provider)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(provider);
        var submitted = new List<CatalogueItem>();
        await using (var db = fixture.Database.CreateContext(timeProvider: fixture.Clock))
        {
            var desk = fixture.Desk(db);
            for (var i = 0; i < 6; i++)
            {
                var item = (await desk.CreateAsync(fixture.Scope, CatalogueFixture.Input($"并发信息{i}"), TestContext.Current.CancellationToken)).Value;
                submitted.Add((await desk.StepAsync(fixture.Scope, item.Id, item.Version, PublicationStep.Submit, null, false, TestContext.Current.CancellationToken)).Value);
            }
        }

        var results = await Task.WhenAll(submitted.Select(async item =>
        {
            await using var db = fixture.Database.CreateContext(timeProvider: fixture.Clock);
            return await fixture.Desk(db).ApproveAsync(fixture.Scope, item.Id, item.Version, isApprover: true, TestContext.Current.CancellationToken);
        }));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        var numbers = results.Select(r => r.Value.IndexNumber).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"11410184005548016X/2024-{n:D5}"), numbers);
    }

    [Theory(DisplayName = "信息须选择本机关适用的类别和主题，成文日期不得晚于今天")]
    [InlineData("A21-T4", "02", "2024-10-20", "CategoryCode")] // 宅基地 is a township item; the city may not use it
    [InlineData("A20-01", "99", "2024-10-20", "TopicCode")]
    [InlineData("A20-01", "02", "2024-10-25", "FormedOn")]
    public async Task Validation(string category, string topic, string formedOn, string field)
    {
        await using var fixture = await CatalogueFixture.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = fixture.Database.CreateContext(timeProvider: fixture.Clock);
        var result = await fixture.Desk(db).CreateAsync(fixture.Scope, CatalogueFixture.Input("标题", category: category, topic: topic, formedOn: formedOn), TestContext.Current.CancellationToken);
        Assert.False(result.Succeeded);
        Assert.Equal(field, result.Error!.Field);
    }
}
