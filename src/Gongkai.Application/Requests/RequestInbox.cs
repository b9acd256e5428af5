using Gongkai.Application.Persistence;
using Gongkai.Application.Staff;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Requests;

/// <summary>The requests a member of staff may see, soonest deadline first.</summary>
public sealed class RequestInbox(GongkaiDbContext db, WorkingDayCalendar calendar, OfficeToday today)
{
    public const int DueSoonWorkingDays = 3;

    public async Task<IReadOnlyList<InboxItem>> ListAsync(AgencyScope scope, InboxFilter filter, CancellationToken cancellationToken = default)
    {
        var visible = scope.VisibleAgencyIds.ToList();
        var query = db.Set<RequestRecord>().AsNoTracking().Where(r => visible.Contains(r.AgencyId));
        if (filter.State is { } state)
        {
            query = query.Where(r => r.State == state);
        }
        else if (filter.OpenOnly)
        {
            query = query.Where(r => r.State != RequestState.Replied && r.State != RequestState.Closed);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(r => r.ReceivedOn >= new DateOnly(year, 1, 1) && r.ReceivedOn <= new DateOnly(year, 12, 31));
        }

        var rows = await query
            .OrderBy(r => r.DueOn == null)
            .ThenBy(r => r.DueOn)
            .ThenBy(r => r.ReceivedOn)
            .Take(500)
            .Join(db.Agencies, r => r.AgencyId, a => a.Id, (r, a) => new { r.Id, r.Number, a.Name, r.ApplicantKind, r.Description, r.ReceivedOn, r.State, r.DueOn })
            .ToListAsync(cancellationToken);
        var day = today.Date;
        return rows
            .Select(r => new InboxItem(r.Id, r.Number, r.Name, r.ApplicantKind, Excerpt(r.Description), r.ReceivedOn, r.State, r.DueOn, UrgencyOf(r.State, r.DueOn, day)))
            .ToList();
    }

    /// <summary>Overdue, due within three working days, on track, paused, or done.</summary>
    public Urgency UrgencyOf(RequestState state, DateOnly? due, DateOnly day)
    {
        if (state is RequestState.Replied or RequestState.Closed)
        {
            return Urgency.Done;
        }

        if (due is not { } date || state is RequestState.AwaitingCorrection or RequestState.InConsultation or RequestState.AwaitingFee)
        {
            return Urgency.Paused;
        }

        if (date < day)
        {
            return Urgency.Overdue;
        }

        var left = calendar.Covers(date) && calendar.Covers(day) ? calendar.WorkingDaysBetween(day, date) : date.DayNumber - day.DayNumber;
        return left <= DueSoonWorkingDays ? Urgency.DueSoon : Urgency.OnTrack;
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
}
