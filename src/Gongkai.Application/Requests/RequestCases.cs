using Gongkai.Domain.Applicants;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Requests;

namespace Gongkai.Application.Requests;

/// <summary>Rebuilds the domain's <see cref="RequestCase"/> from stored records and stores its derived facts.</summary>
internal static class RequestCases
{
    public static DisclosureRequest ToDomain(RequestRecord r) => new(
        new Applicant(r.ApplicantKind, r.ApplicantName, new IdentityDocument(r.IdentityKind, r.IdentityNumber), r.Contact),
        r.Channel,
        r.ReceivedOn,
        r.Description,
        r.Form,
        r.Delivery);

    public static RequestEvent ToDomain(RequestStepRecord s) => new(s.Kind, s.On)
    {
        Consultation = s.Consultation,
        WorkingDays = s.WorkingDays,
        Approver = s.Approver,
        Disposition = s.DispositionKey is null ? null : Disposition.Parse(s.DispositionKey),
        Until = s.Until,
        FeeAmount = s.FeeAmount,
    };

    public static RequestCase Rebuild(RequestRecord record, WorkingDayCalendar calendar)
    {
        var current = RequestCase.Register(ToDomain(record));
        foreach (var step in record.Steps.OrderBy(s => s.Sequence))
        {
            var next = current.Apply(ToDomain(step), calendar);
            if (!next.IsSuccess)
            {
                throw new InvalidOperationException($"Stored step {step.Sequence} of request {record.Id} no longer applies.");
            }

            current = next.Value;
        }

        return current;
    }

    /// <summary>The deadline, or null with the reason when the calendar does not reach that far.</summary>
    public static (ReplyDeadline? Deadline, string? Problem) Deadline(RequestCase current, WorkingDayCalendar calendar)
    {
        try
        {
            return (current.ReplyDeadline(calendar), null);
        }
        catch (CalendarYearMissingException e)
        {
            return (null, $"工作日历缺少 {e.MissingYear} 年的节假日安排，暂时无法计算答复期限。");
        }
    }

    public static void Store(RequestRecord record, RequestCase current, WorkingDayCalendar calendar)
    {
        record.State = current.State;
        record.ConcludedOn = current.ConcludedOn;
        record.DispositionKey = current.Disposition?.Key;
        record.DueOn = Deadline(current, calendar).Deadline?.Date;
    }
}
