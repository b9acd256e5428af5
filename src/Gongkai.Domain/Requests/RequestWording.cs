namespace Gongkai.Domain.Requests;

/// <summary>The Chinese words for states and steps in refusals.</summary>
internal static class RequestWording
{
    public static string State(RequestState state) => state switch
    {
        RequestState.Registered => "办理中",
        RequestState.AwaitingCorrection => "等待补正",
        RequestState.InConsultation => "征求意见中",
        RequestState.AwaitingFee => "等待缴费",
        RequestState.Replied => "已答复",
        RequestState.Closed => "已办结",
    };

    public static string Hint(RequestState state) => state switch
    {
        RequestState.Registered => string.Empty,
        RequestState.AwaitingCorrection => "请先登记收到补正材料，或在补正期限届满后按视为放弃申请办理。",
        RequestState.InConsultation => "请先登记征求意见结束。",
        RequestState.AwaitingFee => "请先登记缴费，或在缴费期限届满后按逾期未缴费办理。",
        RequestState.Replied => "已答复的申请只能归档。",
        RequestState.Closed => string.Empty,
    };

    public static string Step(RequestEventKind kind) => kind switch
    {
        RequestEventKind.CorrectionRequested => "发出补正告知",
        RequestEventKind.CorrectionReceived => "登记收到补正材料",
        RequestEventKind.DeemedWithdrawn => "按视为放弃申请办结",
        RequestEventKind.ConsultationStarted => "征求意见",
        RequestEventKind.ConsultationEnded => "结束征求意见",
        RequestEventKind.Extended => "延长答复期限",
        RequestEventKind.DelayedReplySet => "确定延迟答复期限",
        RequestEventKind.FeeNoticeIssued => "发出收费通知",
        RequestEventKind.FeePaid => "登记缴费",
        RequestEventKind.FeeUnpaid => "按逾期未缴费办结",
        RequestEventKind.Replied => "作出答复",
        RequestEventKind.Withdrawn => "登记撤回申请",
        RequestEventKind.Closed => "归档",
    };
}
