using Gongkai.Documents.Writing;

namespace Gongkai.Documents.Tests.Cli;

public sealed class ReportConvertCommandTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory(DisplayName = "convert writes beside the input with the new extension")]
    [InlineData("docx", ".docx")]
    [InlineData("html", ".html")]
    [InlineData("md", ".md")]
    public void Convert_DefaultOutputBesideInput(string to, string extension)
    {
        var input = _scratch.File("report.json", ReportWriter.ToBytes(MalformedFiles.ZeroReport(2021), ReportOutputFormat.Json));

        var run = CliRun.Of("report", "convert", input, "--to", to);

        var expected = Path.ChangeExtension(input, extension);
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(expected), run.Error);
        Assert.True(new FileInfo(expected).Length > 0);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "convert -o writes where it is told; the seed converts to canonical JSON")]
    public void Convert_SeedToJson()
    {
        var output = Path.Combine(_scratch.Path, "seed.json");

        var run = CliRun.Of("report", "convert", SampleFiles.Seed2020, "--to", "json", "-o", output);

        Assert.Equal(0, run.ExitCode);
        using var stream = File.OpenRead(output);
        var report = Json.CanonicalJsonReport.Read(stream);
        Assert.Equal("新郑市新建路街道办事处", report.AgencyName);
        Assert.Equal(1186.1878m, report.Get("proactive", "procurement", "amount").Number);
    }

    [Fact(DisplayName = "convert never overwrites its input")]
    public void Convert_SameExtension_DoesNotOverwrite()
    {
        var bytes = ReportWriter.ToBytes(MalformedFiles.ZeroReport(2021), ReportOutputFormat.Json);
        var input = _scratch.File("report.json", bytes);

        var run = CliRun.Of("report", "convert", input, "--to", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(input));
        Assert.True(File.Exists(Path.Combine(_scratch.Path, "report.converted.json")));
    }

    [Fact(DisplayName = "convert of an unreadable file: exit 2, a Chinese message, no output file")]
    public void Convert_Unreadable_ExitsTwo()
    {
        var input = _scratch.File("junk.txt", MalformedFiles.BinaryJunk());

        var run = CliRun.Of("report", "convert", input, "--to", "docx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("无法读取", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(input, ".docx")));
    }

    [Fact(DisplayName = "convert rejects an unknown target format")]
    public void Convert_UnknownTarget_IsAParseError()
    {
        var input = _scratch.File("report.json", ReportWriter.ToBytes(MalformedFiles.ZeroReport(2021), ReportOutputFormat.Json));

        var run = CliRun.Of("report", "convert", input, "--to", "pdf");

        Assert.NotEqual(0, run.ExitCode);
        Assert.False(File.Exists(Path.ChangeExtension(input, ".pdf")));
    }
}
