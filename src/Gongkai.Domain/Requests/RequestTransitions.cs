using Gongkai.Domain.Calendars;
using static Gongkai.Domain.Requests.RequestEventKind;
using static Gongkai.Domain.Requests.RequestState;

namespace Gongkai.Domain.Requests;

/// <summary>
/// Every state and transition of the request procedure in one place (Regulation Art. 30–36, 45;
/// 国办函〔2020〕109号). The outer switch covers every state (CS8509 is an error); a step not listed for a state is
/// refused with a reason a clerk understands.
/// </summary>
public static class RequestTransitions
{
    /// <summary>The state after <paramref name="step"/>, or the reason it is refused.</summary>
    public static Result<RequestState> Next(RequestCase current, RequestEvent step, WorkingDayCalendar calendar)
    {
        if (step.On < current.LastEventOn)
        {
            return Result.Refused<RequestState>($"办理日期 {step.On:yyyy-MM-dd} 早于上一步的日期 {current.LastEventOn:yyyy-MM-dd}。");
        }

        return current.State switch
        {
            Registered => step.Kind switch
            {
                CorrectionRequested => Guard(CorrectionGuard(current, step, calendar), AwaitingCorrection),
                ConsultationStarted => Guard(step.Consultation is null ? "请注明征求第三方意见还是征求其他机关意见。" : null, InConsultation),
                Extended => Guard(ExtensionGuard(current, step, calendar), Registered),
                DelayedReplySet => Guard(DelayGuard(current, step), Registered),
                FeeNoticeIssued => Guard(step.FeeAmount is > 0 ? null : "收费通知应载明大于零的收费金额。", AwaitingFee),
                RequestEventKind.Replied => Guard(ReplyGuard(current, step), RequestState.Replied),
                Withdrawn => Result.Success(RequestState.Closed),
                _ => NotNow(current.State, step.Kind),
            },
            AwaitingCorrection => step.Kind switch
            {
                CorrectionReceived => Result.Success(Registered),
                DeemedWithdrawn => Guard(
                    current.CorrectionDeadlineForApplicant is { } until && step.On <= until
                        ? $"申请人补正期限 {until:yyyy-MM-dd} 尚未届满，不能视为放弃申请（条例第三十条）。"
                        : null,
                    RequestState.Closed),
                Withdrawn => Result.Success(RequestState.Closed),
                _ => NotNow(current.State, step.Kind),
            },
            InConsultation => step.Kind switch
            {
                ConsultationEnded => Result.Success(Registered),
                Extended => Guard(ExtensionGuard(current, step, calendar), InConsultation),
                DelayedReplySet => Guard(DelayGuard(current, step), InConsultation),
                Withdrawn => Result.Success(RequestState.Closed),
                _ => NotNow(current.State, step.Kind),
            },
            AwaitingFee => step.Kind switch
            {
                FeePaid => Result.Success(Registered),
                FeeUnpaid => Guard(
                    current.FeeDeadline is { } until && step.On <= until
                        ? $"缴费期限 {until:yyyy-MM-dd} 尚未届满，不能按逾期未缴费处理。"
                        : null,
                    RequestState.Closed),
                Withdrawn => Result.Success(RequestState.Closed),
                _ => NotNow(current.State, step.Kind),
            },
            RequestState.Replied => step.Kind switch
            {
                RequestEventKind.Closed => Result.Success(RequestState.Closed),
                _ => Result.Refused<RequestState>($"该申请已于 {current.ConcludedOn:yyyy-MM-dd} 答复，只能归档，不能再{RequestWording.Step(step.Kind)}。"),
            },
            RequestState.Closed => Result.Refused<RequestState>($"该申请已办结，不能再{RequestWording.Step(step.Kind)}。"),
        };
    }

    private static Result<RequestState> Guard(string? refusal, RequestState next) =>
        refusal is null ? Result.Success(next) : Result.Refused<RequestState>(refusal);

    private static Result<RequestState> NotNow(RequestState state, RequestEventKind kind) =>
        Result.Refused<RequestState>($"申请当前处于“{RequestWording.State(state)}”，不能{RequestWording.Step(kind)}。{RequestWording.Hint(state)}");

    private static string? CorrectionGuard(RequestCase current, RequestEvent step, WorkingDayCalendar calendar)
    {
        if (current.Events.Any(e => e.Kind == CorrectionRequested))
        {
            return "补正告知只能一次性发出（条例第三十条）；本申请已发出过补正告知。";
        }

        var deadline = current.Clock.CorrectionNoticeDeadline(calendar);
        if (step.On > deadline.Date)
        {
            return $"补正告知应当自收到申请之日起 7 个工作日内发出（条例第三十条），期限为 {deadline.Date:yyyy-MM-dd}，已逾期，不能再以补正重新计算答复期限。";
        }

        return step.Until is { } until && until <= step.On ? "给申请人的补正期限应晚于补正告知日期。" : null;
    }

    private static string? ExtensionGuard(RequestCase current, RequestEvent step, WorkingDayCalendar calendar)
    {
        if (current.Clock.Extension is not null)
        {
            return "答复期限只能延长一次（条例第三十三条第二款）；本申请已延长过。";
        }

        if (step.WorkingDays is not (>= 1 and <= ReplyExtension.MaximumWorkingDays))
        {
            return "延长的期限最长不得超过 20 个工作日（条例第三十三条第二款）。";
        }

        if (string.IsNullOrWhiteSpace(step.Approver))
        {
            return "延长答复期限应当经政府信息公开工作机构负责人同意（条例第三十三条第二款），请记录批准人。";
        }

        var deadline = current.Clock.Deadline(calendar);
        return deadline.Date is { } date && step.On > date
            ? $"原答复期限 {date:yyyy-MM-dd} 已届满，不能再延长；延长应在期限届满前决定并告知申请人。"
            : null;
    }

    private static string? DelayGuard(RequestCase current, RequestEvent step)
    {
        if (current.Clock.DelayedUntil is not null)
        {
            return "延迟答复期限已经确定过（条例第三十五条）。";
        }

        return step.Until is { } until && until > step.On ? null : "请填写晚于今天的延迟答复期限（条例第三十五条）。";
    }

    private static string? ReplyGuard(RequestCase current, RequestEvent step)
    {
        if (step.Disposition is not { } disposition)
        {
            return "答复应当载明办理结果（条例第三十六条）。";
        }

        if (disposition == Disposition.OtherNoCorrection || disposition == Disposition.OtherFeeUnpaid)
        {
            return $"“{disposition.Label}”不是答复结果，应通过“视为放弃申请”或“逾期未缴费”步骤办理。";
        }

        return disposition.Key == "unable_still_unclear" && current.Clock.CorrectionReceivedOn is null
            ? "只有经补正后申请内容仍不明确的，才能以“补正后申请内容仍不明确”答复（条例第三十条）。"
            : null;
    }
}
