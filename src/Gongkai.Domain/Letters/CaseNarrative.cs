using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Letters;

/// <summary>
/// E4(d) and E5 of a reply (letters.md §1.2): the correction, extension, consultation and fee steps, dated from the
/// case record, one sentence each.
/// </summary>
internal static class CaseNarrative
{
    public static IEnumerable<string> ProceduralFacts(IReadOnlyList<RequestEvent> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var next = steps.Skip(i + 1).FirstOrDefault(s => s.Kind == EndOf(step.Kind));
            var sentence = step.Kind switch
            {
                RequestEventKind.CorrectionRequested => $"本机关于{D(step.On)}向您发出补正告知" + (next is null ? "。" : $"，于{D(next.On)}收到您补正后的申请，答复期限自该日起计算。"),
                RequestEventKind.Extended => $"经本机关政府信息公开工作机构负责人同意，本机关于{D(step.On)}告知您延长答复期限{step.WorkingDays}个工作日。",
                RequestEventKind.ConsultationStarted => $"本机关于{D(step.On)}书面征求{(step.Consultation == ConsultationKind.OtherAgency ? "其他机关" : "第三方")}意见"
                    + (next is null ? "。" : $"，征求意见于{D(next.On)}结束，所需时间不计算在答复期限内。"),
                RequestEventKind.FeeNoticeIssued => $"本机关于{D(step.On)}向您发出收费通知，信息处理费{LetterComposer.Yuan(step.FeeAmount ?? 0m)}"
                    + (next is null ? "。" : $"，您于{D(next.On)}缴纳。"),
                RequestEventKind.DelayedReplySet => $"本机关于{D(step.On)}告知您延迟至{(step.Until is { } until ? D(until) : "合理期限内")}答复（{Citation.Regulation}第三十五条）。",
                _ => null,
            };
            if (sentence is not null)
            {
                yield return sentence;
            }
        }
    }

    private static RequestEventKind? EndOf(RequestEventKind kind) => kind switch
    {
        RequestEventKind.CorrectionRequested => RequestEventKind.CorrectionReceived,
        RequestEventKind.ConsultationStarted => RequestEventKind.ConsultationEnded,
        RequestEventKind.FeeNoticeIssued => RequestEventKind.FeePaid,
        _ => null,
    };

    private static string D(DateOnly date) => ChineseDate.Format(date);
}
