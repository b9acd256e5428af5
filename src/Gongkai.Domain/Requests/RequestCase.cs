using Gongkai.Domain.Calendars;

namespace Gongkai.Domain.Requests;

/// <summary>
/// A request with its recorded steps and current state; immutable. Steps are applied through
/// <see cref="RequestTransitions"/>; a refused step leaves the case unchanged and says why.
/// </summary>
public sealed class RequestCase
{
    private RequestCase(DisclosureRequest request, RequestState state, IReadOnlyList<RequestEvent> events)
    {
        Request = request;
        State = state;
        Events = events;
        Clock = BuildClock(request, events);
        var end = events.LastOrDefault(e => e.Kind is RequestEventKind.Replied or RequestEventKind.DeemedWithdrawn
            or RequestEventKind.FeeUnpaid or RequestEventKind.Withdrawn);
        ConcludedOn = end?.On;
        Disposition = end?.Kind switch
        {
            RequestEventKind.Replied => end.Disposition,
            RequestEventKind.DeemedWithdrawn => Disposition.OtherNoCorrection,
            RequestEventKind.FeeUnpaid => Disposition.OtherFeeUnpaid,
            RequestEventKind.Withdrawn => Disposition.OtherMisc,
            _ => null,
        };
    }

    /// <summary>The request as received.</summary>
    public DisclosureRequest Request { get; }

    /// <summary>Where it stands.</summary>
    public RequestState State { get; }

    /// <summary>The steps recorded, in order.</summary>
    public IReadOnlyList<RequestEvent> Events { get; }

    /// <summary>The facts that decide the reply period.</summary>
    public ReplyClock Clock { get; }

    /// <summary>The day the request ended (reply, deemed withdrawal, fee unpaid, withdrawal); null while open.</summary>
    public DateOnly? ConcludedOn { get; }

    /// <summary>How it ended: one leaf row of table 三; null while open.</summary>
    public Disposition? Disposition { get; }

    /// <summary>The date of the last step, or the receipt date.</summary>
    public DateOnly LastEventOn => Events.Count == 0 ? Request.ReceivedOn : Events[^1].On;

    /// <summary>The correction deadline given to the applicant, if one was set (Art. 30 "合理的补正期限").</summary>
    public DateOnly? CorrectionDeadlineForApplicant =>
        Events.LastOrDefault(e => e.Kind == RequestEventKind.CorrectionRequested)?.Until;

    /// <summary>The payment deadline of the current fee notice, if set.</summary>
    public DateOnly? FeeDeadline => Events.LastOrDefault(e => e.Kind == RequestEventKind.FeeNoticeIssued)?.Until;

    /// <summary>Registers a request (登记, Art. 45); the reply clock starts after its receipt date.</summary>
    public static RequestCase Register(DisclosureRequest request) => new(request, RequestState.Registered, []);

    /// <summary>Applies a step, or returns why it is refused.</summary>
    public Result<RequestCase> Apply(RequestEvent step, WorkingDayCalendar calendar) =>
        RequestTransitions.Next(this, step, calendar).Map(next => new RequestCase(Request, next, [.. Events, step]));

    /// <summary>The reply deadline with its explanation (Art. 33).</summary>
    public ReplyDeadline ReplyDeadline(WorkingDayCalendar calendar) => Clock.Deadline(calendar);

    /// <summary>True when the request was replied after its deadline.</summary>
    public bool RepliedLate(WorkingDayCalendar calendar) =>
        State is RequestState.Replied or RequestState.Closed && Events.FirstOrDefault(e => e.Kind == RequestEventKind.Replied) is { } reply
        && ReplyDeadlineBefore(reply, calendar) is { } date && reply.On > date;

    /// <summary>The row this request contributes to table 三.</summary>
    public RequestTableEntry ToTableEntry() => new(Request.Applicant.Kind, Request.ReceivedOn, ConcludedOn, Disposition);

    private DateOnly? ReplyDeadlineBefore(RequestEvent reply, WorkingDayCalendar calendar) =>
        BuildClock(Request, Events.TakeWhile(e => !ReferenceEquals(e, reply)).ToList()).Deadline(calendar).Date;

    private static ReplyClock BuildClock(DisclosureRequest request, IReadOnlyList<RequestEvent> events)
    {
        var pauses = new List<ReplyPause>();
        RequestEvent? open = null;
        DateOnly? corrected = null;
        ReplyExtension? extension = null;
        DateOnly? delayed = null;
        foreach (var step in events)
        {
            switch (step.Kind)
            {
                case RequestEventKind.CorrectionReceived:
                    corrected = step.On;
                    pauses.Clear();
                    break;
                case RequestEventKind.ConsultationStarted or RequestEventKind.FeeNoticeIssued:
                    open = step;
                    break;
                case RequestEventKind.ConsultationEnded or RequestEventKind.FeePaid when open is not null:
                    pauses.Add(ReplyPause.Between(PauseOf(open), open.On, step.On));
                    open = null;
                    break;
                case RequestEventKind.Extended:
                    extension = new ReplyExtension(step.WorkingDays ?? 0, step.Approver);
                    break;
                case RequestEventKind.DelayedReplySet:
                    delayed = step.Until;
                    break;
                default:
                    break;
            }
        }

        if (open is not null)
        {
            pauses.Add(ReplyPause.Between(PauseOf(open), open.On, null));
        }

        return new ReplyClock(request.ReceivedOn, corrected, pauses, extension, delayed);
    }

    private static PauseKind PauseOf(RequestEvent start) => start.Kind == RequestEventKind.FeeNoticeIssued
        ? PauseKind.FeeNotice
        : start.Consultation == ConsultationKind.OtherAgency ? PauseKind.AgencyConsultation : PauseKind.ThirdPartyConsultation;
}
