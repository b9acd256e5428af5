namespace Gongkai.Domain.Calendars;

/// <summary>
/// One year's State Council arrangement (国务院办公厅关于XXXX年部分节假日安排的通知): the days off and the
/// make-up working days (调休上班). The year is the notice year; 元旦 entries may fall in the previous December.
/// </summary>
/// <param name="Year">The notice year (the year named in the notice title).</param>
/// <param name="Notices">Ids of the notices in the data's <c>sources</c> list.</param>
/// <param name="Holidays">Days off with the holiday's name, e.g. 2020-01-24 → 春节.</param>
/// <param name="MakeupWorkdays">Weekend days worked, with the holiday they make up for.</param>
public sealed record YearArrangement(
    int Year,
    IReadOnlyList<string> Notices,
    IReadOnlyDictionary<DateOnly, string> Holidays,
    IReadOnlyDictionary<DateOnly, string> MakeupWorkdays);
