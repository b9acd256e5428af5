using Gongkai.Domain.Reports;
using Spectre.Console;

namespace Gongkai.Cli.Reports;

/// <summary>The readable output of <c>report check</c>: per file a heading and a table of findings, then the summary.</summary>
internal static class FindingsTableView
{
    public static void Write(TextWriter output, IReadOnlyList<CheckedFile> files, CheckSummary summary)
    {
        var console = TerminalConsole.Over(output);
        foreach (var file in files)
        {
            console.MarkupLine($"[bold]{Markup.Escape(file.Path)}[/]{Markup.Escape(Describe(file.Report))}");
            if (file.Unreadable is { } reason)
            {
                console.MarkupLine($"  [red]无法读取：{Markup.Escape(reason)}[/]");
            }

            if (file.Findings.Count == 0)
            {
                if (!file.IsUnreadable)
                {
                    console.MarkupLine("  [green]未发现问题[/]");
                }
            }
            else
            {
                console.Write(Table(file.Findings));
            }

            console.WriteLine();
        }

        console.MarkupLine(Markup.Escape(summary.Line));
    }

    /// <summary>The rule has its own column; "K1 勾稽关系…" reads "勾稽关系…" in the table.</summary>
    private static string WithoutRuleId(Finding finding) =>
        finding.Message.StartsWith(finding.RuleId + " ", StringComparison.Ordinal) ? finding.Message[(finding.RuleId.Length + 1)..] : finding.Message;

    private static string Describe(AnnualReport? report) =>
        report is null ? string.Empty : $"（{report.AgencyName}，{report.Year}年度，{FindingText.FormatName(report.Format)}）";

    private static Table Table(IEnumerable<Finding> findings)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("规则");
        table.AddColumn("级别");
        table.AddColumn("位置");
        table.AddColumn(new TableColumn("说明"));
        foreach (var finding in findings)
        {
            var severity = FindingText.Severity(finding.Severity);
            var colour = finding.Severity switch
            {
                FindingSeverity.Error => "red",
                FindingSeverity.Warning => "yellow",
                _ => "blue",
            };
            table.AddRow(
                Markup.Escape(finding.RuleId),
                $"[{colour}]{severity}[/]",
                Markup.Escape(FindingText.Location(finding.Location)),
                Markup.Escape(WithoutRuleId(finding)));
        }

        return table;
    }
}
