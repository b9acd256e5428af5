using System.CommandLine;

namespace Gongkai.Cli;

/// <summary>The top-level commands; each feature adds its own here.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All()
    {
        yield return VersionCommand.Create();
        yield return DatabaseCommand.Create();
    }
}
