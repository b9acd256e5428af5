using Gongkai.Domain.Calendars;

namespace Gongkai.Domain.Tests.Calendars;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Embedded;

    [Theory(DisplayName = "工作日：调休上班日为工作日，周一至周五除放假日外为工作日")]
    [InlineData("2020-01-23", true)] // Thursday before 春节
    [InlineData("2020-01-24", false)] // 春节 (除夕)
    [InlineData("2020-01-31", false)] // 春节 extended by the notice of 2020-01-27
    [InlineData("2020-02-01", false)] // originally a make-up Saturday, cancelled by the extension
    [InlineData("2020-02-02", false)] // extended 春节, Sunday
    [InlineData("2020-02-03", true)] // work resumes Monday
    [InlineData("2020-01-19", true)] // make-up Sunday for 春节
    [InlineData("2024-02-04", true)] // make-up Sunday for 春节
    [InlineData("2024-02-18", true)] // make-up Sunday for 春节
    [InlineData("2024-02-09", true)] // 除夕 2024 is an ordinary working day
    [InlineData("2024-02-10", false)] // 春节 2024
    [InlineData("2024-02-17", false)] // last day of 春节 2024
    [InlineData("2024-10-01", false)] // 国庆节
    [InlineData("2024-10-07", false)] // 国庆节 (Monday)
    [InlineData("2024-10-08", true)] // after 国庆节
    [InlineData("2024-09-29", true)] // make-up Sunday for 国庆节
    [InlineData("2024-10-12", true)] // make-up Saturday for 国庆节
    [InlineData("2024-10-13", false)] // ordinary Sunday
    [InlineData("2025-01-28", false)] // 除夕 became a statutory day (国务院令第795号)
    [InlineData("2025-02-08", true)] // make-up Saturday for 春节 2025
    [InlineData("2015-09-03", false)] // Victory Day 2015
    [InlineData("2018-12-31", false)] // 元旦 2019 reaches into December 2018
    [InlineData("2018-12-29", true)] // 元旦 2019 make-up Saturday in December 2018
    public void IsWorkingDay_FollowsTheStateCouncilNotice(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory(DisplayName = "期间计算：开始的当日不计入，自下一日开始计算（民法典第二百零一条）")]
    [InlineData("2020-01-20", 20, "2020-02-25")] // 春节 2020 with its extension to 02-02
    [InlineData("2020-01-20", 1, "2020-01-21")]
    [InlineData("2020-01-23", 1, "2020-02-03")] // next working day after the whole extended break
    [InlineData("2024-02-02", 3, "2024-02-06")] // make-up Sunday 02-04 is counted
    [InlineData("2024-02-08", 1, "2024-02-09")] // 除夕 2024 worked
    [InlineData("2024-02-09", 1, "2024-02-18")] // make-up Sunday 02-18 right after 春节
    [InlineData("2024-09-27", 1, "2024-09-29")] // make-up Sunday before 国庆节
    [InlineData("2024-09-30", 1, "2024-10-08")] // the National Day week is skipped
    [InlineData("2024-09-25", 7, "2024-10-10")] // 补正告知 7 WD across 国庆节
    [InlineData("2023-09-27", 20, "2023-10-31")] // 中秋节、国庆节 2023 (09-29..10-06, make-up 10-07/08)
    [InlineData("2024-12-20", 20, "2025-01-20")] // carried across 31 December; 元旦 2025-01-01 not counted
    [InlineData("2024-06-03", 0, "2024-06-03")]
    public void AddWorkingDays_DayOfReceiptNotCounted(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));

    [Theory(DisplayName = "两日之间的工作日数：起始日不计、终止日计入")]
    [InlineData("2024-02-01", "2024-02-29", 17)]
    [InlineData("2024-02-01", "2024-02-01", 0)]
    [InlineData("2020-01-23", "2020-02-03", 1)]
    [InlineData("2024-02-29", "2024-02-01", -17)]
    public void WorkingDaysBetween_CountsAfterStartThroughEnd(string from, string through, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(through)));

    [Theory(DisplayName = "当日或之后的第一个工作日")]
    [InlineData("2020-01-24", "2020-02-03")]
    [InlineData("2024-02-04", "2024-02-04")]
    [InlineData("2024-10-05", "2024-10-08")]
    public void NextWorkingDayOnOrAfter_SkipsDaysOff(string date, string expected) =>
        Assert.Equal(D(expected), Calendar.NextWorkingDayOnOrAfter(D(date)));

    [Theory(DisplayName = "各年工作日数与数据自身公布的数字一致（check_cn_workdays.py --summary）")]
    [InlineData(2007, 249)]
    [InlineData(2008, 251)]
    [InlineData(2009, 250)]
    [InlineData(2010, 250)]
    [InlineData(2011, 250)]
    [InlineData(2012, 249)]
    [InlineData(2013, 250)]
    [InlineData(2014, 250)]
    [InlineData(2015, 249)]
    [InlineData(2016, 250)]
    [InlineData(2017, 249)]
    [InlineData(2018, 250)]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void WorkingDaysPerYear_EqualThePublishedCount(int year, int expected)
    {
        var byDay = 0;
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            byDay += Calendar.IsWorkingDay(date) ? 1 : 0;
        }

        Assert.Equal(expected, byDay);
        var first = new DateOnly(year, 1, 1);
        var byPrefix = Calendar.WorkingDaysBetween(first, new DateOnly(year, 12, 31)) + (Calendar.IsWorkingDay(first) ? 1 : 0);
        Assert.Equal(expected, byPrefix);
    }

    [Theory(DisplayName = "已知年份以外的日期是明确的错误，绝不默认为工作日")]
    [InlineData("2027-01-04")]
    [InlineData("2006-12-29")]
    public void DateOutsideKnownYears_IsAnError(string date)
    {
        var error = Assert.Throws<CalendarYearMissingException>(() => Calendar.IsWorkingDay(D(date)));
        Assert.Equal(D(date).Year, error.MissingYear);
        Assert.Contains($"缺少 {D(date).Year} 年", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "期限跨入缺少安排的年份时报错")]
    public void AddWorkingDays_IntoMissingYear_IsAnError()
    {
        var error = Assert.Throws<CalendarYearMissingException>(() => Calendar.AddWorkingDays(D("2026-12-15"), 20));
        Assert.Equal(2027, error.MissingYear);
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
