using Gongkai.Application.Requests;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Gongkai.Web.Requests;

/// <summary>The console's Chinese words for the request vocabulary (display only; the rules live in the domain).</summary>
public static class RequestLabels
{
    public static string Of(RequestState state) => state switch
    {
        RequestState.Registered => "办理中",
        RequestState.AwaitingCorrection => "等待补正",
        RequestState.InConsultation => "征求意见中",
        RequestState.AwaitingFee => "等待缴费",
        RequestState.Replied => "已答复",
        RequestState.Closed => "已办结",
    };

    public static string Of(RequestEventKind kind) => kind switch
    {
        RequestEventKind.CorrectionRequested => "发出补正告知",
        RequestEventKind.CorrectionReceived => "收到补正材料",
        RequestEventKind.DeemedWithdrawn => "逾期未补正，视为放弃申请",
        RequestEventKind.ConsultationStarted => "发出征求意见函",
        RequestEventKind.ConsultationEnded => "征求意见结束",
        RequestEventKind.Extended => "延长答复期限",
        RequestEventKind.DelayedReplySet => "确定延迟答复期限",
        RequestEventKind.FeeNoticeIssued => "发出收费通知",
        RequestEventKind.FeePaid => "申请人已缴费",
        RequestEventKind.FeeUnpaid => "逾期未缴费，不再处理",
        RequestEventKind.Replied => "作出答复",
        RequestEventKind.Withdrawn => "申请人撤回申请",
        RequestEventKind.Closed => "归档",
    };

    public static string Of(RequestChannel channel) => channel switch
    {
        RequestChannel.Online => "网上申请",
        RequestChannel.Post => "邮寄",
        RequestChannel.InPerson => "当面提交",
        RequestChannel.Fax => "传真",
        RequestChannel.Email => "电子邮件",
        RequestChannel.Oral => "口头提出（代为填写）",
    };

    public static string Of(RequestedForm form) => form switch
    {
        RequestedForm.Paper => "纸质文本",
        RequestedForm.Electronic => "电子数据",
        RequestedForm.Inspection => "查阅、抄录",
    };

    public static string Of(DeliveryMethod delivery) => delivery switch
    {
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.CollectInPerson => "当面领取",
        DeliveryMethod.Online => "在线获取",
        DeliveryMethod.Fax => "传真",
    };

    public static string Of(IdentityDocumentKind kind) => kind switch
    {
        IdentityDocumentKind.ResidentIdCard => "居民身份证",
        IdentityDocumentKind.UnifiedSocialCreditCode => "统一社会信用代码",
        IdentityDocumentKind.Passport => "护照",
        IdentityDocumentKind.Other => "其他身份证明",
    };

    public static string Of(ConsultationKind kind) => kind == ConsultationKind.OtherAgency ? "其他机关（第三十四条）" : "第三方（第三十二条）";

    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Overdue => "已逾期",
        Urgency.DueSoon => "即将到期",
        Urgency.OnTrack => "正常",
        Urgency.Paused => "暂停计时",
        Urgency.Done => "已完成",
    };

    public static string CssClass(Urgency urgency) => urgency switch
    {
        Urgency.Overdue => "urgency-overdue",
        Urgency.DueSoon => "urgency-soon",
        Urgency.OnTrack => "urgency-ok",
        Urgency.Paused => "urgency-paused",
        Urgency.Done => "urgency-done",
    };

    public static IEnumerable<SelectListItem> Options<TEnum>(Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString()));

    public static IEnumerable<SelectListItem> Dispositions() =>
        Disposition.All
            .Where(d => d != Disposition.OtherNoCorrection && d != Disposition.OtherFeeUnpaid)
            .Select(d => new SelectListItem(d.Label, d.Key));
}
