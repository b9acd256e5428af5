using System.CommandLine;
using System.Text.Json;
using Gongkai.Cli;

namespace Gongkai.Documents.Tests.Cli;

/// <summary>The <c>gongkai</c> command invoked in-process, with stdout and stderr captured.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliCommands.Root().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The <c>--json</c> output parsed.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>files</c> array of the JSON output.</summary>
    public IReadOnlyList<JsonElement> Files() => [.. Json().GetProperty("files").EnumerateArray()];
}
