using Gongkai.Domain.Calendars;

namespace Gongkai.Domain.Tests.Calendars;

public class HolidayArrangementsTests
{
    private const string Year2027 = """
        {
          "years": {
            "2027": {
              "notices": ["notice-2027"],
              "holidays": [{"date": "2026-12-31", "name": "元旦"}, {"date": "2027-01-01", "name": "元旦"}],
              "makeup_workdays": [{"date": "2027-01-09", "holiday": "元旦"}]
            }
          }
        }
        """;

    [Fact(DisplayName = "内嵌数据覆盖 2007–2026 年，来源保留")]
    public void Embedded_Covers2007To2026()
    {
        var years = HolidayArrangements.Embedded.Years;
        Assert.Equal(Enumerable.Range(2007, 20), years.Keys.Order());
        Assert.Contains("notice-2020-extension", years[2020].Notices);
        Assert.Equal("春节", years[2020].Holidays[new DateOnly(2020, 2, 2)]);
    }

    [Fact(DisplayName = "启动时补充的新年度安排（同一格式）可用于计算")]
    public void WithSupplement_AddsANewYear()
    {
        var calendar = WorkingDayCalendar.Embedded.WithSupplement(Year2027);
        Assert.Contains(2027, calendar.KnownYears);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 9)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2027, 1, 5), calendar.AddWorkingDays(new DateOnly(2026, 12, 29), 3));
        Assert.True(WorkingDayCalendar.Embedded.IsWorkingDay(new DateOnly(2026, 12, 31)));
    }

    [Fact(DisplayName = "补充数据也可以流的形式提供")]
    public void WithSupplement_FromStream()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Year2027));
        Assert.Contains(2027, WorkingDayCalendar.Embedded.WithSupplement(stream).KnownYears);
    }

    [Theory(DisplayName = "格式不符的补充数据被拒绝，并以中文说明原因")]
    [InlineData("{}", "years")]
    [InlineData("""{"years": {"2027": {"holidays": [{"date": "2027-13-01", "name": "元旦"}]}}}""", "无效日期")]
    [InlineData("""{"years": {"2027": {"holidays": [{"date": "2025-10-01", "name": "国庆节"}]}}}""", "不属于该年")]
    [InlineData("""{"years": {"2027": {"holidays": [{"date": "2027-01-01", "name": "元旦"}], "makeup_workdays": [{"date": "2027-01-01", "holiday": "元旦"}]}}}""", "同时")]
    [InlineData("not json", "JSON")]
    public void Parse_RejectsMalformedData(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => HolidayArrangements.Parse(json));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "自 12 月 1 日起，缺少下一年度安排时提示")]
    [InlineData("2026-11-30", false)]
    [InlineData("2026-12-01", true)]
    [InlineData("2025-12-15", false)]
    public void MissingNextYearWarning_FromFirstDecember(string today, bool warns)
    {
        var warning = WorkingDayCalendar.Embedded.MissingNextYearWarning(DateOnly.ParseExact(today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(warns, warning is not null);
        if (warns)
        {
            Assert.Contains("2027", warning, StringComparison.Ordinal);
        }
    }

    [Fact(DisplayName = "补充下一年度后不再提示")]
    public void MissingNextYearWarning_SilentOnceSupplied() =>
        Assert.Null(WorkingDayCalendar.Embedded.WithSupplement(Year2027).MissingNextYearWarning(new DateOnly(2026, 12, 1)));
}
