using System.CommandLine;

namespace Gongkai.Cli.Reports;

/// <summary><c>gongkai report …</c>: annual reports (政府信息公开工作年度报告) written anywhere.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "政府信息公开工作年度报告：检查、转换");
        command.Subcommands.Add(CheckReportsCommand.Create());
        command.Subcommands.Add(ConvertReportCommand.Create());
        return command;
    }
}
