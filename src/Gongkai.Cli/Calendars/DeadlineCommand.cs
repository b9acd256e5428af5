using System.CommandLine;
using Gongkai.Domain.Requests;
using static Gongkai.Cli.Calendars.CalendarOptions;

namespace Gongkai.Cli.Calendars;

/// <summary>
/// <c>gongkai deadline --received 2020-01-20</c>: the reply deadline of Regulation Art. 33 with its explanation,
/// optionally with a correction (Art. 30), consultation periods (Art. 32–34) and an extension (Art. 33 ¶2).
/// </summary>
internal static class DeadlineCommand
{
    public static Command Create(TimeProvider clock)
    {
        var received = new Option<string>("--received") { Description = "收到申请之日（YYYY-MM-DD，条例第三十一条）", Required = true };
        var corrected = new Option<string?>("--correction-received") { Description = "收到补正材料之日，答复期限自该日重新计算（条例第三十条）" };
        var consultation = new Option<string[]>("--consultation")
        {
            Description = "征求意见期间 START:END（发出征求意见函之日:结束之日），其间工作日不计（条例第三十三条第三款），可重复",
            AllowMultipleArgumentsPerToken = false,
        };
        var consultationDays = new Option<int?>("--consultation-days") { Description = "征求意见所用工作日数（不知道具体日期时），不计入答复期限" };
        var extension = new Option<int?>("--extension") { Description = "经负责人同意延长的工作日数（最长 20，条例第三十三条第二款）" };
        var approver = new Option<string?>("--approver") { Description = "同意延长的政府信息公开工作机构负责人" };
        var holidays = Holidays();
        var json = JsonOutput();
        var command = new Command("deadline", "计算依申请公开的答复期限并说明计算过程")
        {
            received, corrected, consultation, consultationDays, extension, approver, holidays, json,
        };
        command.SetAction(parse => WorkdaysCommand.Run(parse, () =>
        {
            if (!TryDate(parse.GetValue(received), out var receivedOn))
            {
                return Fail(parse, "--received 的日期格式应为 YYYY-MM-DD。");
            }

            DateOnly? correctionOn = null;
            if (parse.GetValue(corrected) is { } correctedText)
            {
                if (!TryDate(correctedText, out var c) || c < receivedOn)
                {
                    return Fail(parse, "--correction-received 应为不早于收到申请之日的日期（YYYY-MM-DD）。");
                }

                correctionOn = c;
            }

            var pauses = new List<ReplyPause>();
            foreach (var period in parse.GetValue(consultation) ?? [])
            {
                var parts = period.Split(':');
                if (parts.Length != 2 || !TryDate(parts[0], out var from) || !TryDate(parts[1], out var to) || to < from)
                {
                    return Fail(parse, $"--consultation 应写作 START:END，例如 2024-03-05:2024-03-26（收到的是“{period}”）。");
                }

                pauses.Add(ReplyPause.Between(PauseKind.ThirdPartyConsultation, from, to));
            }

            if (parse.GetValue(consultationDays) is { } days)
            {
                if (days < 0)
                {
                    return Fail(parse, "--consultation-days 不能为负数。");
                }

                pauses.Add(ReplyPause.OfLength(PauseKind.ThirdPartyConsultation, days));
            }

            ReplyExtension? extended = null;
            if (parse.GetValue(extension) is { } extra)
            {
                if (extra is < 1 or > ReplyExtension.MaximumWorkingDays)
                {
                    return Fail(parse, "延长的期限最长不得超过 20 个工作日（条例第三十三条第二款）。");
                }

                extended = new ReplyExtension(extra, parse.GetValue(approver));
            }

            var calendar = Load(parse, holidays, clock);
            var clockFacts = new ReplyClock(receivedOn, correctionOn, pauses, extended);
            var deadline = clockFacts.Deadline(calendar);
            var correctionNotice = clockFacts.CorrectionNoticeDeadline(calendar);
            if (parse.GetValue(json))
            {
                WriteJson(parse, new
                {
                    received = Iso(receivedOn),
                    correctionReceived = correctionOn is { } cr ? Iso(cr) : null,
                    clockStart = Iso(deadline.ClockStart),
                    workingDays = deadline.WorkingDays,
                    pausedWorkingDays = deadline.PausedWorkingDays,
                    deadline = deadline.Date is { } d ? Iso(d) : null,
                    explanation = deadline.Explanation,
                    correctionNoticeDeadline = Iso(correctionNotice.Date),
                });
                return 0;
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(deadline.Explanation);
            output.WriteLine(correctionNotice.Explanation);
            return 0;
        }));
        return command;
    }
}
