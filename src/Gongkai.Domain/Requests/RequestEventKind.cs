namespace Gongkai.Domain.Requests;

/// <summary>The steps a disclosure office records on a request.</summary>
public enum RequestEventKind
{
    /// <summary>一次性补正告知 (Art. 30).</summary>
    CorrectionRequested,

    /// <summary>收到补正材料 (Art. 30): the reply period restarts.</summary>
    CorrectionReceived,

    /// <summary>逾期不补正，视为放弃申请 (Art. 30).</summary>
    DeemedWithdrawn,

    /// <summary>发出征求意见函 to a third party (Art. 32) or another agency (Art. 34).</summary>
    ConsultationStarted,

    /// <summary>征求意见结束 (reply received, or the 15 working days passed).</summary>
    ConsultationEnded,

    /// <summary>延长答复期限 (Art. 33 ¶2): once, at most 20 working days, with the office head's consent.</summary>
    Extended,

    /// <summary>延迟答复 (Art. 35): a reasonable later date set for unusually many or frequent requests.</summary>
    DelayedReplySet,

    /// <summary>发出收费通知 (国办函〔2020〕109号).</summary>
    FeeNoticeIssued,

    /// <summary>申请人缴费.</summary>
    FeePaid,

    /// <summary>逾期未缴费，不再处理 (国办函〔2020〕109号).</summary>
    FeeUnpaid,

    /// <summary>作出答复 with a disposition (Art. 36).</summary>
    Replied,

    /// <summary>申请人撤回申请.</summary>
    Withdrawn,

    /// <summary>归档 (Art. 45).</summary>
    Closed,
}
