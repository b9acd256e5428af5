using System.CommandLine;
using Gongkai.Cli.Reports;

namespace Gongkai.Cli;

/// <summary>The top-level commands; each feature adds its own here.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All()
    {
        yield return VersionCommand.Create();
        yield return DatabaseCommand.Create();
        yield return ReportCommand.Create();
        yield return Calendars.DeadlineCommand.Create(TimeProvider.System);
        yield return Calendars.WorkdaysCommand.Create(TimeProvider.System);
        yield return Fees.FeeCommand.Create();
    }

    /// <summary>The root command with every feature's commands: what Program runs and what tests invoke.</summary>
    public static RootCommand Root()
    {
        var root = new RootCommand("Gongkai（公开）政府信息公开工作台命令行");
        foreach (var command in All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
