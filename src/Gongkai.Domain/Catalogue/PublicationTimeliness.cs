using System.Globalization;
using Gongkai.Domain.Calendars;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// 条例 Art. 26: proactive information is published "自该政府信息形成或者变更之日起20个工作日内", unless a law or
/// regulation sets another period. The day of forming is not counted (民法典 Art. 201), as for every period
/// of the Regulation (see <see cref="WorkingDayCalendar.AddWorkingDays"/>).
/// </summary>
/// <param name="Status">On time, late, pending, overdue or unknown.</param>
/// <param name="Deadline">The last day of the period; null when the calendar does not cover it.</param>
/// <param name="Explanation">A sentence in Chinese the clerk can check by hand.</param>
public sealed record PublicationTimeliness(TimelinessStatus Status, DateOnly? Deadline, string Explanation)
{
    /// <summary>The Regulation's period in working days (Art. 26).</summary>
    public const int StatutoryWorkingDays = 20;

    /// <summary>Whether the item is to be flagged (published late, or not published and overdue).</summary>
    public bool IsFlagged => Status is TimelinessStatus.Late or TimelinessStatus.Overdue;

    /// <summary>Assesses an item formed or changed on <paramref name="formedOrChangedOn"/>.</summary>
    /// <param name="formedOrChangedOn">形成或者变更之日.</param>
    /// <param name="publishedOn">The publication date, or null while unpublished.</param>
    /// <param name="asOf">Today, for unpublished items (from the caller's TimeProvider).</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="workingDays">The period; another law or regulation may set one other than 20 (Art. 26).</param>
    public static PublicationTimeliness Assess(
        DateOnly formedOrChangedOn,
        DateOnly? publishedOn,
        DateOnly asOf,
        WorkingDayCalendar calendar,
        int workingDays = StatutoryWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        DateOnly deadline;
        try
        {
            deadline = calendar.AddWorkingDays(formedOrChangedOn, workingDays);
        }
        catch (CalendarYearMissingException)
        {
            return new PublicationTimeliness(
                TimelinessStatus.Unknown,
                null,
                $"工作日历未覆盖 {Iso(formedOrChangedOn)} 之后的日期，无法判断是否在 {workingDays} 个工作日内公开（条例第二十六条）。");
        }

        var period = $"{Iso(formedOrChangedOn)} 形成或变更，应于 {workingDays} 个工作日内即 {Iso(deadline)} 前公开（条例第二十六条）";
        if (publishedOn is { } published)
        {
            return published <= deadline
                ? new PublicationTimeliness(TimelinessStatus.OnTime, deadline, $"{period}；{Iso(published)} 公开，未超期。")
                : new PublicationTimeliness(TimelinessStatus.Late, deadline, $"{period}；{Iso(published)} 才公开，{LateBy(calendar, deadline, published)}。");
        }

        return asOf <= deadline
            ? new PublicationTimeliness(TimelinessStatus.Pending, deadline, $"{period}；尚未公开。")
            : new PublicationTimeliness(TimelinessStatus.Overdue, deadline, $"{period}；至 {Iso(asOf)} 仍未公开，{LateBy(calendar, deadline, asOf)}。");
    }

    private static string LateBy(WorkingDayCalendar calendar, DateOnly deadline, DateOnly day)
    {
        try
        {
            return $"超期 {calendar.WorkingDaysBetween(deadline, day).ToString(CultureInfo.InvariantCulture)} 个工作日";
        }
        catch (CalendarYearMissingException)
        {
            return "已超期";
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
