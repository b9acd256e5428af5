using System.CommandLine;
using System.Globalization;
using Gongkai.Domain.Fees;
using static Gongkai.Cli.Calendars.CalendarOptions;

namespace Gongkai.Cli.Fees;

/// <summary>
/// <c>gongkai fee --per-request N</c> or <c>--pages N</c>: the information processing fee of 国办函〔2020〕109号 with
/// its marginal bands.
/// </summary>
internal static class FeeCommand
{
    public static Command Create()
    {
        var perRequest = new Option<int?>("--per-request") { Description = "按件计收：同一申请人一个自然月内累计申请件数" };
        var pages = new Option<int?>("--pages") { Description = "按量计收：一件申请提供的页数" };
        var json = JsonOutput();
        var command = new Command("fee", "计算信息处理费（国办函〔2020〕109号，超额累进）") { perRequest, pages, json };
        command.SetAction(parse =>
        {
            var requests = parse.GetValue(perRequest);
            var pageCount = parse.GetValue(pages);
            if (requests is null == pageCount is null)
            {
                return Fail(parse, "请指定 --per-request 或 --pages 之一：每件申请只能选择一种计收方式（国办函〔2020〕109号）。");
            }

            if (requests < 0 || pageCount < 0)
            {
                return Fail(parse, "件数或页数不能为负数。");
            }

            var quote = requests is { } n ? ProcessingFeeSchedule.PerRequest(n) : ProcessingFeeSchedule.PerPage(pageCount!.Value);
            if (parse.GetValue(json))
            {
                WriteJson(parse, new
                {
                    method = quote.Method == ChargingMethod.PerRequest ? "per_request" : "per_page",
                    units = quote.Units,
                    totalYuan = quote.Total,
                    bands = quote.Bands.Select(b => new { from = b.From, to = b.To, unitPriceYuan = b.UnitPrice, units = b.Units, amountYuan = b.Amount }),
                    explanation = quote.Explanation,
                });
                return 0;
            }

            var output = parse.InvocationConfiguration.Output;
            var unit = quote.Method == ChargingMethod.PerRequest ? "件" : "页";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"信息处理费：{quote.Total:#,0} 元"));
            foreach (var band in quote.Bands)
            {
                output.WriteLine(band.UnitPrice == 0
                    ? $"  第 {band.From}–{band.To} {unit}：免费"
                    : string.Create(CultureInfo.InvariantCulture, $"  第 {band.From}–{band.To} {unit}：{band.Units} {unit} × {band.UnitPrice:0} 元 = {band.Amount:#,0} 元"));
            }

            output.WriteLine(quote.Explanation);
            return 0;
        });
        return command;
    }
}
