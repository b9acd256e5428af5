using System.CommandLine;
using Gongkai.Domain.Calendars;
using static Gongkai.Cli.Calendars.CalendarOptions;

namespace Gongkai.Cli.Calendars;

/// <summary>
/// <c>gongkai workdays add DATE N</c> and <c>gongkai workdays between A B</c>: working-day questions answered with the
/// Regulation's counting convention (the start day is not counted; 民法典 Art. 201).
/// </summary>
internal static class WorkdaysCommand
{
    public static Command Create(TimeProvider clock)
    {
        var holidays = Holidays();
        var json = JsonOutput();

        var start = new Argument<string>("date") { Description = "起算日（YYYY-MM-DD），当日不计入" };
        var count = new Argument<int>("n") { Description = "工作日数" };
        var add = new Command("add", "起算日之后第 N 个工作日（开始的当日不计入，民法典第二百零一条）") { start, count, holidays, json };
        add.SetAction(parse => Run(parse, () =>
        {
            if (!TryDate(parse.GetValue(start), out var from))
            {
                return Fail(parse, "日期格式应为 YYYY-MM-DD。");
            }

            var n = parse.GetValue(count);
            if (n < 0)
            {
                return Fail(parse, "工作日数不能为负数。");
            }

            var calendar = Load(parse, holidays, clock);
            var result = calendar.AddWorkingDays(from, n);
            if (parse.GetValue(json))
            {
                WriteJson(parse, new { start = Iso(from), workingDays = n, result = Iso(result) });
                return 0;
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{Iso(result)}：{Iso(from)} 之后第 {n} 个工作日（开始的当日不计入，自次日起算）");
            foreach (var line in CalendarNotes(calendar, from.AddDays(1), result))
            {
                output.WriteLine(line);
            }

            return 0;
        }));

        var first = new Argument<string>("from") { Description = "起始日（YYYY-MM-DD），不计入" };
        var last = new Argument<string>("through") { Description = "终止日（YYYY-MM-DD），计入" };
        var between = new Command("between", "两日之间的工作日数（起始日不计入，终止日计入）") { first, last, holidays, json };
        between.SetAction(parse => Run(parse, () =>
        {
            if (!TryDate(parse.GetValue(first), out var from) || !TryDate(parse.GetValue(last), out var through))
            {
                return Fail(parse, "日期格式应为 YYYY-MM-DD。");
            }

            var calendar = Load(parse, holidays, clock);
            var days = calendar.WorkingDaysBetween(from, through);
            if (parse.GetValue(json))
            {
                WriteJson(parse, new { from = Iso(from), through = Iso(through), workingDays = days });
                return 0;
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{Iso(from)} 至 {Iso(through)}：{days} 个工作日（起始日不计入，终止日计入）");
            foreach (var line in from <= through ? CalendarNotes(calendar, from.AddDays(1), through) : [])
            {
                output.WriteLine(line);
            }

            return 0;
        }));

        return new Command("workdays", "工作日计算（国务院办公厅节假日安排，含调休）") { add, between };
    }

    /// <summary>Runs a calendar action; a year without an arrangement or a bad supplement is a clear error, exit code 1.</summary>
    internal static int Run(ParseResult parse, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CalendarYearMissingException e)
        {
            return Fail(parse, e.Explanation);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return Fail(parse, e.Message);
        }
    }
}
