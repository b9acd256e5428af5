namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The publication rules: a draft is reviewed before it is published (条例 Art. 17, 保密审查), only the approver
/// publishes, and a withdrawal keeps the item (with its 索引号, never reused) and needs a reason.
/// </summary>
public static class PublicationWorkflow
{
    /// <summary>The state after <paramref name="step"/>, or a refusal in Chinese.</summary>
    /// <param name="state">The current state.</param>
    /// <param name="step">The action.</param>
    /// <param name="reason">The reason, required for <see cref="PublicationStep.Withdraw"/>.</param>
    public static Result<PublicationState> Apply(PublicationState state, PublicationStep step, string? reason = null) => (state, step) switch
    {
        (PublicationState.Draft, PublicationStep.Submit) => Result.Success(PublicationState.AwaitingApproval),
        (PublicationState.AwaitingApproval, PublicationStep.Approve) => Result.Success(PublicationState.Published),
        (PublicationState.AwaitingApproval, PublicationStep.Return) => Result.Success(PublicationState.Draft),
        (PublicationState.Published, PublicationStep.Withdraw) when string.IsNullOrWhiteSpace(reason) =>
            Result.Refused<PublicationState>("撤回已公开的信息必须写明理由。"),
        (PublicationState.Published, PublicationStep.Withdraw) => Result.Success(PublicationState.Withdrawn),
        _ => Result.Refused<PublicationState>($"“{Label(state)}”状态的信息不能执行“{Label(step)}”。"),
    };

    /// <summary>The Chinese name of a state.</summary>
    public static string Label(PublicationState state) => state switch
    {
        PublicationState.Draft => "草稿",
        PublicationState.AwaitingApproval => "待审核",
        PublicationState.Published => "已公开",
        PublicationState.Withdrawn => "已撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The Chinese name of a step.</summary>
    public static string Label(PublicationStep step) => step switch
    {
        PublicationStep.Submit => "送审",
        PublicationStep.Approve => "审核公开",
        PublicationStep.Return => "退回修改",
        PublicationStep.Withdraw => "撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };
}
