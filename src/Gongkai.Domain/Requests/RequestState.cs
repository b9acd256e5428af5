namespace Gongkai.Domain.Requests;

/// <summary>
/// Where a request stands in the procedure of Regulation Art. 30–36 and Art. 45 (登记、审核、办理、答复、归档).
/// All transitions are in <see cref="RequestTransitions"/>.
/// </summary>
public enum RequestState
{
    /// <summary>登记: received and being handled; the reply clock runs.</summary>
    Registered,

    /// <summary>补正中: the one correction notice has gone out (Art. 30); the clock restarts when the correction arrives.</summary>
    AwaitingCorrection,

    /// <summary>征求意见中: a third party (Art. 32) or another agency (Art. 34) is consulted; the clock is paused (Art. 33 ¶3).</summary>
    InConsultation,

    /// <summary>待缴费: a fee notice has gone out (国办函〔2020〕109号); the clock is paused until payment.</summary>
    AwaitingFee,

    /// <summary>已答复: replied with a disposition (Art. 36); awaiting filing.</summary>
    Replied,

    /// <summary>已办结: filed (归档, Art. 45), or ended without a reply (withdrawn, deemed withdrawn, fee unpaid).</summary>
    Closed,
}
