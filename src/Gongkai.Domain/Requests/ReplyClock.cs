using Gongkai.Domain.Calendars;

namespace Gongkai.Domain.Requests;

/// <summary>
/// The facts that decide the reply period of Regulation Art. 33: "自收到申请之日起20个工作日内予以答复", restarted
/// by a correction (Art. 30), not counting consultation (Art. 33 ¶3) or the fee-notice period (国办函〔2020〕109号),
/// extended once by at most 20 working days (Art. 33 ¶2), or replaced by a delayed reply date (Art. 35).
/// Counting: the start day is not counted (民法典 Art. 201; docs/decisions/ADR-005).
/// </summary>
/// <param name="ReceivedOn">收到申请之日 (Art. 31).</param>
/// <param name="CorrectionReceivedOn">The day the corrected request was received, if a correction was asked for.</param>
/// <param name="Pauses">Periods not counted.</param>
/// <param name="Extension">The extension, if any.</param>
/// <param name="DelayedUntil">The Art. 35 delayed reply date, if set.</param>
public sealed record ReplyClock(
    DateOnly ReceivedOn,
    DateOnly? CorrectionReceivedOn = null,
    IReadOnlyList<ReplyPause>? Pauses = null,
    ReplyExtension? Extension = null,
    DateOnly? DelayedUntil = null)
{
    /// <summary>Art. 33 ¶2: 20 working days.</summary>
    public const int ReplyWorkingDays = 20;

    /// <summary>Art. 30: the correction notice within 7 working days of receipt.</summary>
    public const int CorrectionNoticeWorkingDays = 7;

    /// <summary>The day after which the count starts: receipt of the correction if any, else receipt (Art. 30).</summary>
    public DateOnly ClockStart => CorrectionReceivedOn ?? ReceivedOn;

    /// <summary>The last day to send the one correction notice (Art. 30: "收到申请之日起7个工作日内").</summary>
    /// <exception cref="CalendarYearMissingException">The period runs into a year the calendar lacks.</exception>
    public StatutoryDeadline CorrectionNoticeDeadline(WorkingDayCalendar calendar)
    {
        var date = calendar.AddWorkingDays(ReceivedOn, CorrectionNoticeWorkingDays);
        var text = DeadlineExplanation.Counted("补正告知期限", date, ReceivedOn, $"{DeadlineExplanation.Day(ReceivedOn, ReceivedOn)} 收到申请", CorrectionNoticeWorkingDays, "条例第三十条", calendar);
        return new StatutoryDeadline(date, text);
    }

    /// <summary>The reply deadline and its explanation.</summary>
    /// <exception cref="CalendarYearMissingException">The period runs into a year the calendar lacks.</exception>
    public ReplyDeadline Deadline(WorkingDayCalendar calendar)
    {
        var start = ClockStart;
        var allowed = ReplyWorkingDays + (Extension?.WorkingDays ?? 0);
        var pauses = Pauses ?? [];
        var open = pauses.FirstOrDefault(p => p.IsOpen);
        var closed = pauses.Where(p => !p.IsOpen).ToList();
        var pausedDays = closed.Sum(p => p.Length ?? 0) + DatedPausedDays(closed, start, calendar);
        if (open is not null)
        {
            var openStart = open.Start is { } s && s > start ? s : start;
            var used = calendar.WorkingDaysBetween(start, openStart) - DatedPausedDays(closed.Where(p => p.End <= openStart), start, calendar);
            var text = $"答复期限暂停计算：{open.Description}自 {openStart:yyyy-MM-dd} 起进行中，期间不计入答复期限；此前已用 {used} 个工作日，尚余 {allowed - used} 个工作日，结束后续算。";
            return new ReplyDeadline(null, null, start, allowed, pausedDays, true, text);
        }

        var statutory = calendar.AddWorkingDays(start, allowed + pausedDays);
        var date = DelayedUntil ?? statutory;
        var explanation = DeadlineExplanation.Reply(this, date, statutory, closed, calendar);
        return new ReplyDeadline(date, statutory, start, allowed, pausedDays, false, explanation);
    }

    /// <summary>Working days inside dated pauses after the clock start; overlapping pauses are counted once.</summary>
    internal static int DatedPausedDays(IEnumerable<ReplyPause> pauses, DateOnly clockStart, WorkingDayCalendar calendar)
    {
        var intervals = pauses
            .Where(p => p.Start is not null && p.End is not null)
            .Select(p => (Start: p.Start!.Value < clockStart ? clockStart : p.Start.Value, End: p.End!.Value))
            .Where(i => i.End > i.Start)
            .OrderBy(i => i.Start)
            .ToList();
        var total = 0;
        DateOnly? runStart = null, runEnd = null;
        foreach (var (s, e) in intervals)
        {
            if (runEnd is { } re && s <= re)
            {
                runEnd = e > re ? e : re;
                continue;
            }

            if (runStart is { } rs && runEnd is { } re2)
            {
                total += calendar.WorkingDaysBetween(rs, re2);
            }

            (runStart, runEnd) = (s, e);
        }

        if (runStart is { } lastStart && runEnd is { } lastEnd)
        {
            total += calendar.WorkingDaysBetween(lastStart, lastEnd);
        }

        return total;
    }
}
