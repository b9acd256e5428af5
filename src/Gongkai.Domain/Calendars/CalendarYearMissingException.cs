namespace Gongkai.Domain.Calendars;

/// <summary>
/// A date lies in a year for which the working-day calendar has no State Council arrangement. Such a date is
/// never silently treated as a working day: the caller must supply the year (see
/// <see cref="WorkingDayCalendar.WithSupplement(string)"/>).
/// </summary>
public sealed class CalendarYearMissingException : ArgumentOutOfRangeException
{
    /// <summary>Creates the error for a date in a missing year.</summary>
    /// <param name="paramName">The argument that held the date.</param>
    /// <param name="date">The date that cannot be classified.</param>
    public CalendarYearMissingException(string paramName, DateOnly date)
        : base(paramName, date, Describe(date))
    {
        MissingYear = date.Year;
        Explanation = Describe(date);
    }

    /// <summary>The bilingual explanation without the parameter details, for showing to a user.</summary>
    public string Explanation { get; }

    /// <summary>The calendar year that has no arrangement.</summary>
    public int MissingYear { get; }

    private static string Describe(DateOnly date) =>
        $"工作日历缺少 {date.Year} 年的节假日安排（国务院办公厅通知），无法判断 {date:yyyy-MM-dd} 是否为工作日；请在启动时补充该年安排。"
        + $" / The working-day calendar has no holiday arrangement for {date.Year}; supply that year at start-up.";
}
