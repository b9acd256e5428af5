using System.Globalization;
using System.Text;
using Gongkai.Domain.Calendars;

namespace Gongkai.Domain.Requests;

/// <summary>Writes deadline explanations a clerk can check by hand (Chinese, dates as MM-dd within the start year).</summary>
internal static class DeadlineExplanation
{
    private const string Counting = "民法典第二百零一条：开始的当日不计入，自下一日开始计算";

    public static string Reply(ReplyClock clock, DateOnly date, DateOnly statutory, IReadOnlyList<ReplyPause> pauses, WorkingDayCalendar calendar)
    {
        var start = clock.ClockStart;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"答复期限 {date:yyyy-MM-dd}：{Day(clock.ReceivedOn, start)} 收到申请");
        if (clock.CorrectionReceivedOn is { } corrected)
        {
            text.Append(CultureInfo.InvariantCulture, $"，{Day(corrected, start)} 收到补正材料，答复期限自收到补正之日重新计算（条例第三十条）");
        }

        text.Append(CultureInfo.InvariantCulture, $"，自次日起算 {ReplyClock.ReplyWorkingDays} 个工作日（条例第三十三条第二款；{Counting}）");
        if (clock.Extension is { } extension)
        {
            var who = string.IsNullOrWhiteSpace(extension.Approver) ? "政府信息公开工作机构负责人" : extension.Approver;
            text.Append(CultureInfo.InvariantCulture, $"，经{who}同意延长 {extension.WorkingDays} 个工作日（条例第三十三条第二款）");
        }

        foreach (var pause in pauses)
        {
            if (pause.Length is { } length)
            {
                text.Append(CultureInfo.InvariantCulture, $"；{pause.Description} {length} 个工作日不计");
            }
            else if (pause.Start is { } s && pause.End is { } e)
            {
                var from = s < start ? start : s;
                var days = e > from ? calendar.WorkingDaysBetween(from, e) : 0;
                text.Append(CultureInfo.InvariantCulture, $"；{pause.Description} {Day(s, start)} 至 {Day(e, start)}，其间 {days} 个工作日不计");
            }
        }

        AppendCalendar(text, start, statutory, calendar);
        if (clock.DelayedUntil is { } delayed)
        {
            text.Append(CultureInfo.InvariantCulture, $"。法定期限为 {statutory:yyyy-MM-dd}；因申请数量、频次明显超过合理范围，确定延迟答复期限 {delayed:yyyy-MM-dd}（条例第三十五条）");
        }

        text.Append('。');
        return text.ToString();
    }

    public static string Counted(string title, DateOnly date, DateOnly start, string startText, int workingDays, string basis, WorkingDayCalendar calendar)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{title} {date:yyyy-MM-dd}：{startText}，自次日起算 {workingDays} 个工作日（{basis}；{Counting}）");
        AppendCalendar(text, start, date, calendar);
        text.Append('。');
        return text.ToString();
    }

    public static string Day(DateOnly date, DateOnly reference) =>
        date.ToString(date.Year == reference.Year ? "MM-dd" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AppendCalendar(StringBuilder text, DateOnly start, DateOnly end, WorkingDayCalendar calendar)
    {
        if (end <= start)
        {
            return;
        }

        var first = start.AddDays(1);
        foreach (var period in calendar.HolidayPeriodsWithin(first, end))
        {
            var days = period.First == period.Last ? Day(period.First, start) : $"{Day(period.First, start)} 至 {Day(period.Last, start)}";
            text.Append(CultureInfo.InvariantCulture, $"；{period.Name}假期 {days} 不计");
        }

        foreach (var makeup in calendar.MakeupWorkdaysWithin(first, end))
        {
            text.Append(CultureInfo.InvariantCulture, $"；{Day(makeup.Date, start)}（{Weekday(makeup.Date)}）为{makeup.Holiday}调休上班日，计入");
        }

        text.Append("；其余周六、周日不计");
    }

    private static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => "星期六",
        DayOfWeek.Sunday => "星期日",
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
    };
}
