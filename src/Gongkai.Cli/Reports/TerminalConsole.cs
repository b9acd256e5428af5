using Spectre.Console;

namespace Gongkai.Cli.Reports;

/// <summary>
/// A Spectre console over an injected writer: colours and live widgets only on a real terminal, plain
/// text (wide enough for Chinese messages) when the writer is redirected or captured by a test.
/// </summary>
internal static class TerminalConsole
{
    private const int RedirectedWidth = 160;

    /// <summary>True when <paramref name="writer"/> is the process's own stdout and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    public static IAnsiConsole Over(TextWriter writer)
    {
        var terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
