using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Domain.Calendars;

namespace Gongkai.Cli.Calendars;

/// <summary>What the calendar commands share: the <c>--holidays</c> supplement, <c>--json</c>, date parsing and output.</summary>
internal static class CalendarOptions
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Option<FileInfo?> Holidays() => new("--holidays")
    {
        Description = "补充的节假日安排 JSON 文件（与 cn-workdays.json 同一格式），用于内置数据之后的新年度",
    };

    public static Option<bool> JsonOutput() => new("--json") { Description = "以 JSON 输出" };

    /// <summary>The embedded calendar, with the supplement file if given; warns on stderr from 1 December.</summary>
    public static WorkingDayCalendar Load(ParseResult parse, Option<FileInfo?> holidays, TimeProvider clock)
    {
        var calendar = WorkingDayCalendar.Embedded;
        if (parse.GetValue(holidays) is { } file)
        {
            using var stream = file.OpenRead();
            calendar = calendar.WithSupplement(stream);
        }

        var beijing = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ChinaTime()).DateTime;
        if (calendar.MissingNextYearWarning(DateOnly.FromDateTime(beijing)) is { } warning)
        {
            parse.InvocationConfiguration.Error.WriteLine("提示：" + warning);
        }

        return calendar;
    }

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static int Fail(ParseResult parse, string message)
    {
        parse.InvocationConfiguration.Error.WriteLine(message);
        return 1;
    }

    public static void WriteJson(ParseResult parse, object value) =>
        parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>The holidays and make-up days in a range, one line each, for a clerk to check.</summary>
    public static IEnumerable<string> CalendarNotes(WorkingDayCalendar calendar, DateOnly first, DateOnly last)
    {
        foreach (var period in calendar.HolidayPeriodsWithin(first, last))
        {
            yield return $"  {period.Name}假期 {Iso(period.First)} 至 {Iso(period.Last)} 不计";
        }

        foreach (var makeup in calendar.MakeupWorkdaysWithin(first, last))
        {
            yield return $"  {Iso(makeup.Date)} 为{makeup.Holiday}调休上班日，计入";
        }
    }

    private static TimeZoneInfo ChinaTime() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone) ? zone : TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China", "China");
}
