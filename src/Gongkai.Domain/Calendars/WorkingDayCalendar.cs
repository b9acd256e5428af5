using System.Globalization;

namespace Gongkai.Domain.Calendars;

/// <summary>
/// The working-day (工作日) calendar of the Regulation's periods (Art. 26, 30, 32–34): a date is a working day
/// iff it is a make-up working day, or Monday–Friday and not a day off under the State Council arrangement.
/// </summary>
/// <remarks>
/// <para>Counting convention: a period "自收到申请之日起20个工作日内" (Regulation Art. 33) does not count the
/// day of the event; counting starts the next day (民法典 Art. 201 ¶1: "按照年、月、日计算期间的，开始的当日不计入，
/// 自下一日开始计算"). So <see cref="AddWorkingDays"/>(receipt, 20) is the 20th working day after receipt.
/// See docs/decisions/ADR-005-working-day-counting.md.</para>
/// <para>Only dates in a calendar year that has an arrangement are known. Any other date is a
/// <see cref="CalendarYearMissingException"/>, never silently a working day.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const byte Unknown = 0;
    private const byte Working = 1;
    private const byte Off = 2;
    private static readonly Lazy<WorkingDayCalendar> EmbeddedCalendar = new(() => new WorkingDayCalendar(HolidayArrangements.Embedded));

    private readonly int _origin;
    private readonly byte[] _status;
    private readonly int[] _workingBefore;

    /// <summary>Builds the calendar from arrangements; the known years are the arrangements' notice years.</summary>
    public WorkingDayCalendar(HolidayArrangements arrangements)
    {
        Arrangements = arrangements;
        KnownYears = arrangements.Years.Keys.Order().ToList();
        if (KnownYears.Count == 0)
        {
            throw new ArgumentException("节假日安排为空，无法建立工作日历。", nameof(arrangements));
        }

        var holidays = arrangements.Years.Values.SelectMany(y => y.Holidays).ToDictionary(p => p.Key, p => p.Value);
        var makeup = arrangements.Years.Values.SelectMany(y => y.MakeupWorkdays).ToDictionary(p => p.Key, p => p.Value);
        Holidays = holidays;
        MakeupWorkdays = makeup;

        _origin = new DateOnly(KnownYears[0], 1, 1).DayNumber;
        var end = new DateOnly(KnownYears[^1], 12, 31).DayNumber;
        _status = new byte[end - _origin + 1];
        _workingBefore = new int[_status.Length + 1];
        var known = KnownYears.ToHashSet();
        for (var i = 0; i < _status.Length; i++)
        {
            var date = DateOnly.FromDayNumber(_origin + i);
            _status[i] = !known.Contains(date.Year) ? Unknown
                : makeup.ContainsKey(date) ? Working
                : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.ContainsKey(date) ? Off
                : Working;
            _workingBefore[i + 1] = _workingBefore[i] + (_status[i] == Working ? 1 : 0);
        }
    }

    /// <summary>The calendar of the embedded State Council arrangements 2007–2026.</summary>
    public static WorkingDayCalendar Embedded => EmbeddedCalendar.Value;

    /// <summary>The arrangements the calendar was built from.</summary>
    public HolidayArrangements Arrangements { get; }

    /// <summary>The calendar years whose dates are known, ascending.</summary>
    public IReadOnlyList<int> KnownYears { get; }

    /// <summary>All listed days off of all years, with the holiday's name.</summary>
    public IReadOnlyDictionary<DateOnly, string> Holidays { get; }

    /// <summary>All make-up working days of all years, with the holiday they make up for.</summary>
    public IReadOnlyDictionary<DateOnly, string> MakeupWorkdays { get; }

    /// <summary>A calendar with a newer (or corrected) year added from JSON in the <c>cn-workdays.json</c> schema.</summary>
    /// <exception cref="FormatException">The JSON is not in the schema.</exception>
    public WorkingDayCalendar WithSupplement(string json) => new(Arrangements.Merge(HolidayArrangements.Parse(json)));

    /// <summary>A calendar with a newer (or corrected) year added from a JSON stream in the same schema.</summary>
    /// <exception cref="FormatException">The JSON is not in the schema.</exception>
    public WorkingDayCalendar WithSupplement(Stream json) => new(Arrangements.Merge(HolidayArrangements.Parse(json)));

    /// <summary>Whether the calendar knows the date's year.</summary>
    public bool Covers(DateOnly date) => Status(date) != Unknown;

    /// <summary>Whether <paramref name="date"/> is a working day (工作日).</summary>
    /// <exception cref="CalendarYearMissingException">The date's year has no arrangement.</exception>
    public bool IsWorkingDay(DateOnly date) => Require(date, nameof(date)) == Working;

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; the start day itself is not
    /// counted (民法典 Art. 201; Regulation Art. 33 "自收到申请之日起20个工作日内"). Zero returns the start day.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">The count runs into a year with no arrangement.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        Require(start, nameof(start));
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (Require(date, nameof(workingDays)) == Working)
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including <paramref name="through"/>
    /// (the first day not counted, as in <see cref="AddWorkingDays"/>); negative when <paramref name="through"/> is earlier.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">A date in the range has no arrangement.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly through)
    {
        if (through < from)
        {
            return -WorkingDaysBetween(through, from);
        }

        Require(from, nameof(from));
        Require(through, nameof(through));
        var first = from.DayNumber - _origin;
        var last = through.DayNumber - _origin;
        for (var year = from.Year; year <= through.Year; year++)
        {
            if (!KnownYears.Contains(year))
            {
                throw new CalendarYearMissingException(nameof(through), new DateOnly(year, 1, 1));
            }
        }

        return _workingBefore[last + 1] - _workingBefore[first + 1];
    }

    /// <summary>The date itself when it is a working day, otherwise the next working day.</summary>
    /// <exception cref="CalendarYearMissingException">The search runs into a year with no arrangement.</exception>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (Require(date, nameof(date)) != Working)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The runs of days off containing a listed holiday that overlap <paramref name="first"/>..<paramref name="last"/>.</summary>
    public IReadOnlyList<HolidayPeriod> HolidayPeriodsWithin(DateOnly first, DateOnly last)
    {
        var periods = new List<HolidayPeriod>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (!Holidays.TryGetValue(date, out var name) || (periods.Count > 0 && periods[^1].Last >= date))
            {
                continue;
            }

            var start = date;
            while (Covers(start.AddDays(-1)) && !IsWorkingDay(start.AddDays(-1)))
            {
                start = start.AddDays(-1);
            }

            var end = date;
            while (Covers(end.AddDays(1)) && !IsWorkingDay(end.AddDays(1)))
            {
                end = end.AddDays(1);
            }

            periods.Add(new HolidayPeriod(start, end, name));
        }

        return periods;
    }

    /// <summary>The make-up working days from <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public IReadOnlyList<MakeupWorkday> MakeupWorkdaysWithin(DateOnly first, DateOnly last) =>
        MakeupWorkdays.Where(p => p.Key >= first && p.Key <= last).OrderBy(p => p.Key).Select(p => new MakeupWorkday(p.Key, p.Value)).ToList();

    /// <summary>
    /// From 1 December, a warning (Chinese) when next year's arrangement is missing: the State Council notice
    /// usually comes in November, and periods running into January cannot be computed without it. Null otherwise.
    /// </summary>
    public string? MissingNextYearWarning(DateOnly today)
    {
        var next = today.Year + 1;
        if (today.Month < 12 || KnownYears.Contains(next))
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"工作日历尚无 {next} 年的节假日安排。国务院办公厅通知发布后，请在启动时补充 {next} 年安排（与 cn-workdays.json 同一格式）；否则跨入 {next} 年的期限无法计算。");
    }

    private byte Status(DateOnly date)
    {
        var index = date.DayNumber - _origin;
        return index < 0 || index >= _status.Length ? Unknown : _status[index];
    }

    private byte Require(DateOnly date, string paramName)
    {
        var status = Status(date);
        return status == Unknown ? throw new CalendarYearMissingException(paramName, date) : status;
    }
}
