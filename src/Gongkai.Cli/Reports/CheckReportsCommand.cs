using System.CommandLine;
using Gongkai.Domain.Reports;
using Spectre.Console;

namespace Gongkai.Cli.Reports;

/// <summary>
/// <c>gongkai report check FILE... [--json] [--previous FILE]</c>: reads and checks each report; exit 0
/// without errors, 1 with an error finding, 2 when a file could not be read (2 wins).
/// </summary>
internal static class CheckReportsCommand
{
    /// <summary>More files than this get a progress bar (on stderr, only on a terminal).</summary>
    private const int ProgressThreshold = 3;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "要检查的年报文件（txt、html、docx、pdf、md、json），可以有多个",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出，含逐格读取的数值与来源位置" };
        var previous = new Option<string?>("--previous")
        {
            Description = "同一机关上一年度的年报，用于核对上年结转（K6）和现行有效件数（K7）",
            HelpName = "FILE",
        };
        var command = new Command("check", "检查政府信息公开工作年度报告：格式、勾稽关系、数字与文字是否一致");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.Options.Add(previous);
        command.SetAction(parse => Run(
            parse.GetValue(files) ?? [],
            parse.GetValue(json),
            parse.GetValue(previous),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Checks <paramref name="paths"/> and writes the result; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> paths, bool json, string? previousPath, TextWriter output, TextWriter error)
    {
        AnnualReport? previous = null;
        var previousUnreadable = false;
        if (previousPath is not null)
        {
            var read = ReportFileChecker.Read(previousPath);
            previous = read.Report;
            if (previous is null)
            {
                previousUnreadable = true;
                error.WriteLine($"上年报告 {previousPath} 无法读取：{read.Unreadable}；本次未核对上年结转");
            }
        }

        var results = CheckAll(paths, previous, output, error);
        var summary = CheckSummary.Of(results);
        if (json)
        {
            CheckJsonView.Write(output, results, summary);
        }
        else
        {
            FindingsTableView.Write(output, results, summary);
        }

        return previousUnreadable ? CheckSummary.NotReadable : summary.ExitCode;
    }

    private static List<CheckedFile> CheckAll(IReadOnlyList<string> paths, AnnualReport? previous, TextWriter output, TextWriter error)
    {
        if (paths.Count <= ProgressThreshold || !TerminalConsole.IsTerminal(output) || !TerminalConsole.IsTerminal(error))
        {
            return paths.Select(p => ReportFileChecker.Check(p, previous)).ToList();
        }

        var results = new List<CheckedFile>(paths.Count);
        TerminalConsole.Over(error).Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("检查年报", maxValue: paths.Count);
            foreach (var path in paths)
            {
                task.Description = Markup.Escape($"检查 {Path.GetFileName(path)}");
                results.Add(ReportFileChecker.Check(path, previous));
                task.Increment(1);
            }
        });
        return results;
    }
}
