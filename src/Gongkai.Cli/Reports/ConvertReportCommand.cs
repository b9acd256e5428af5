using System.CommandLine;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Cli.Reports;

/// <summary>
/// <c>gongkai report convert FILE --to docx|html|md|json [-o OUT]</c>: reads a report and writes it in
/// another shape, beside the input by default. Exit codes as for <c>report check</c>: the checks run too,
/// so 1 tells that the converted report has errors; 2 that it could not be read or written.
/// </summary>
internal static class ConvertReportCommand
{
    private static readonly Dictionary<string, ReportOutputFormat> Targets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["docx"] = ReportOutputFormat.Docx,
        ["html"] = ReportOutputFormat.Html,
        ["md"] = ReportOutputFormat.Markdown,
        ["json"] = ReportOutputFormat.Json,
    };

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "要转换的年报文件" };
        var to = new Option<string>("--to") { Description = "输出格式：docx、html、md 或 json", Required = true, HelpName = "docx|html|md|json" };
        to.AcceptOnlyFromAmong([.. Targets.Keys]);
        var output = new Option<string?>("--output", "-o") { Description = "输出文件；默认与输入文件同名、同目录，扩展名按输出格式", HelpName = "OUT" };
        var command = new Command("convert", "把年度报告转换为 DOCX（官方版式）、HTML、Markdown 或规范 JSON");
        command.Arguments.Add(file);
        command.Options.Add(to);
        command.Options.Add(output);
        command.SetAction(parse => Run(
            parse.GetValue(file)!,
            Targets[parse.GetValue(to)!],
            parse.GetValue(output),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string input, ReportOutputFormat format, string? outputPath, TextWriter output, TextWriter error)
    {
        var checkedFile = ReportFileChecker.Check(input);
        if (checkedFile.Report is not { } report)
        {
            error.WriteLine($"无法读取 {input}：{checkedFile.Unreadable}");
            return CheckSummary.NotReadable;
        }

        var target = outputPath ?? DefaultOutput(input, format);
        try
        {
            var bytes = ReportWriter.ToBytes(report, format);
            File.WriteAllBytes(target, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法写入 {target}（{ex.GetType().Name}）");
            return CheckSummary.NotReadable;
        }

        output.WriteLine($"已转换：{input} → {target}");
        var errors = checkedFile.Findings.Count(f => f.Severity == FindingSeverity.Error);
        var others = checkedFile.Findings.Count - errors;
        if (checkedFile.Findings.Count > 0)
        {
            error.WriteLine($"该年报有 {errors} 个错误、{others} 个警告或待核对项，可用 gongkai report check {input} 查看");
        }

        return errors > 0 ? CheckSummary.ErrorsFound : CheckSummary.Clean;
    }

    /// <summary>Beside the input with the new extension; never the input itself.</summary>
    public static string DefaultOutput(string input, ReportOutputFormat format)
    {
        var extension = ReportWriter.Extension(format);
        var target = Path.ChangeExtension(input, extension);
        return string.Equals(Path.GetFullPath(target), Path.GetFullPath(input), StringComparison.Ordinal)
            ? Path.ChangeExtension(input, ".converted" + extension)
            : target;
    }
}
