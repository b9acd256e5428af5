namespace Gongkai.Domain.Requests;

/// <summary>
/// The reply deadline of a request with an explanation a clerk can check against a wall calendar, e.g.
/// "答复期限 2020-02-25：01-20 收到申请，自次日起算 20 个工作日……；春节假期 01-24 至 02-02 不计；周六、周日不计。"
/// </summary>
/// <param name="Date">The last day to reply; null while a pause is running (<see cref="IsSuspended"/>).</param>
/// <param name="StatutoryDate">The date under Art. 33 before any Art. 35 delayed reply; null while suspended.</param>
/// <param name="ClockStart">The day the count starts after (receipt, or receipt of the correction).</param>
/// <param name="WorkingDays">Working days allowed: 20 plus any extension.</param>
/// <param name="PausedWorkingDays">Working days not counted (consultation, fee notice).</param>
/// <param name="IsSuspended">True while a consultation or fee notice is open.</param>
/// <param name="Explanation">The explanation in Chinese.</param>
public sealed record ReplyDeadline(
    DateOnly? Date,
    DateOnly? StatutoryDate,
    DateOnly ClockStart,
    int WorkingDays,
    int PausedWorkingDays,
    bool IsSuspended,
    string Explanation);
