using Gongkai.Domain.Catalogue;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Catalogue;

public class PublicationRulesTests
{
    [Theory(DisplayName = "有效性：废止优先于失效，无日期的信息有效")]
    [InlineData(null, null, null, "2024-01-01", ItemValidity.Effective)]
    [InlineData("2020-01-01", "2024-12-31", null, "2024-12-31", ItemValidity.Effective)]
    [InlineData("2020-01-01", "2024-12-31", null, "2025-01-01", ItemValidity.Expired)]
    [InlineData("2020-01-01", null, "2023-06-01", "2023-06-01", ItemValidity.Repealed)]
    [InlineData("2020-01-01", "2022-12-31", "2023-06-01", "2024-01-01", ItemValidity.Repealed)]
    [InlineData("2020-01-01", null, "2023-06-01", "2023-05-31", ItemValidity.Effective)]
    public void Validity(string? from, string? through, string? repealed, string on, ItemValidity expected)
    {
        var period = new ValidityPeriod(Opt(from), Opt(through), Opt(repealed));
        Assert.Equal(expected, period.On(D(on)));
        Assert.True(period.Check().IsSuccess);
    }

    [Theory(DisplayName = "有效性名称：有效、失效、废止")]
    [InlineData(ItemValidity.Effective, "有效")]
    [InlineData(ItemValidity.Expired, "失效")]
    [InlineData(ItemValidity.Repealed, "废止")]
    public void ValidityLabels(ItemValidity validity, string label) => Assert.Equal(label, ValidityPeriod.Label(validity));

    [Fact(DisplayName = "截止或废止日期早于实施日期的被拒绝")]
    public void IncoherentDates()
    {
        Assert.Contains("早于实施日期", new ValidityPeriod(D("2024-01-01"), D("2023-01-01")).Check().Refusal, StringComparison.Ordinal);
        Assert.Contains("废止日期", new ValidityPeriod(D("2024-01-01"), null, D("2023-01-01")).Check().Refusal, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "条例第十七条：公开前须经审核；撤回须写明理由")]
    [InlineData(PublicationState.Draft, PublicationStep.Submit, "x", PublicationState.AwaitingApproval)]
    [InlineData(PublicationState.AwaitingApproval, PublicationStep.Approve, null, PublicationState.Published)]
    [InlineData(PublicationState.AwaitingApproval, PublicationStep.Return, null, PublicationState.Draft)]
    [InlineData(PublicationState.Published, PublicationStep.Withdraw, "文件已废止，改为公开新文件", PublicationState.Withdrawn)]
    public void AllowedSteps(PublicationState from, PublicationStep step, string? reason, PublicationState to) =>
        Assert.Equal(to, PublicationWorkflow.Apply(from, step, reason).Value);

    [Theory(DisplayName = "未经审核不得公开，已撤回的信息不能再变更")]
    [InlineData(PublicationState.Draft, PublicationStep.Approve, null, "“草稿”状态的信息不能执行“审核公开”。")]
    [InlineData(PublicationState.Published, PublicationStep.Withdraw, " ", "撤回已公开的信息必须写明理由。")]
    [InlineData(PublicationState.Withdrawn, PublicationStep.Submit, null, "“已撤回”状态的信息不能执行“送审”。")]
    [InlineData(PublicationState.Published, PublicationStep.Approve, null, "“已公开”状态的信息不能执行“审核公开”。")]
    public void RefusedSteps(PublicationState from, PublicationStep step, string? reason, string refusal) =>
        Assert.Equal(refusal, PublicationWorkflow.Apply(from, step, reason).Refusal);

    private static DateOnly? Opt(string? text) => text is null ? null : D(text);
}
