namespace Gongkai.Domain.Requests;

/// <summary>One step recorded on a request, dated. Create through the named factories.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="On">The day it happened.</param>
public sealed record RequestEvent(RequestEventKind Kind, DateOnly On)
{
    /// <summary>Whom the agency consults (<see cref="RequestEventKind.ConsultationStarted"/>).</summary>
    public ConsultationKind? Consultation { get; init; }

    /// <summary>Length of an extension in working days (<see cref="RequestEventKind.Extended"/>).</summary>
    public int? WorkingDays { get; init; }

    /// <summary>Who consented to the extension (政府信息公开工作机构负责人).</summary>
    public string? Approver { get; init; }

    /// <summary>The disposition of a reply (<see cref="RequestEventKind.Replied"/>).</summary>
    public Disposition? Disposition { get; init; }

    /// <summary>
    /// A date the step sets: the applicant's correction deadline, the payment deadline, or the Art. 35 delayed reply date.
    /// </summary>
    public DateOnly? Until { get; init; }

    /// <summary>The fee in yuan (<see cref="RequestEventKind.FeeNoticeIssued"/>).</summary>
    public decimal? FeeAmount { get; init; }

    /// <summary>Art. 30: the one correction notice; <paramref name="until"/> is the reasonable deadline given to the applicant.</summary>
    public static RequestEvent CorrectionRequested(DateOnly on, DateOnly? until = null) => new(RequestEventKind.CorrectionRequested, on) { Until = until };

    /// <summary>Art. 30: the corrected request arrived; the reply period restarts from this day.</summary>
    public static RequestEvent CorrectionReceived(DateOnly on) => new(RequestEventKind.CorrectionReceived, on);

    /// <summary>Art. 30: no correction in time without good reason; deemed withdrawn.</summary>
    public static RequestEvent DeemedWithdrawn(DateOnly on) => new(RequestEventKind.DeemedWithdrawn, on);

    /// <summary>Art. 32 / 34: consultation letter sent.</summary>
    public static RequestEvent ConsultationStarted(DateOnly on, ConsultationKind kind) => new(RequestEventKind.ConsultationStarted, on) { Consultation = kind };

    /// <summary>Consultation over (answer received or period passed).</summary>
    public static RequestEvent ConsultationEnded(DateOnly on) => new(RequestEventKind.ConsultationEnded, on);

    /// <summary>Art. 33 ¶2: extension by <paramref name="workingDays"/> with <paramref name="approver"/>'s consent.</summary>
    public static RequestEvent Extended(DateOnly on, int workingDays, string approver) =>
        new(RequestEventKind.Extended, on) { WorkingDays = workingDays, Approver = approver };

    /// <summary>Art. 35: a delayed reply date set by the agency.</summary>
    public static RequestEvent DelayedReplySet(DateOnly on, DateOnly until) => new(RequestEventKind.DelayedReplySet, on) { Until = until };

    /// <summary>国办函〔2020〕109号: fee notice of <paramref name="amount"/> yuan, payable by <paramref name="until"/>.</summary>
    public static RequestEvent FeeNoticeIssued(DateOnly on, decimal amount, DateOnly? until = null) =>
        new(RequestEventKind.FeeNoticeIssued, on) { FeeAmount = amount, Until = until };

    /// <summary>The fee was paid; the clock runs again.</summary>
    public static RequestEvent FeePaid(DateOnly on) => new(RequestEventKind.FeePaid, on);

    /// <summary>The fee was not paid in time; the request is no longer processed.</summary>
    public static RequestEvent FeeUnpaid(DateOnly on) => new(RequestEventKind.FeeUnpaid, on);

    /// <summary>Art. 36: reply with a disposition.</summary>
    public static RequestEvent Replied(DateOnly on, Disposition disposition) => new(RequestEventKind.Replied, on) { Disposition = disposition };

    /// <summary>The applicant withdrew the request.</summary>
    public static RequestEvent Withdrawn(DateOnly on) => new(RequestEventKind.Withdrawn, on);

    /// <summary>Art. 45: filed.</summary>
    public static RequestEvent Closed(DateOnly on) => new(RequestEventKind.Closed, on);
}
