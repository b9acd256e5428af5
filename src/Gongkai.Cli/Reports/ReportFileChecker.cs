using Gongkai.Documents.Reading;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Cli.Reports;

/// <summary>
/// Reads one file and runs the checks on it. Whatever happens, the result is a <see cref="CheckedFile"/>:
/// a file that cannot be read (missing, too large, corrupt, hostile) or an unexpected failure becomes
/// "无法读取" with a Chinese reason — never an exception or a stack trace on the user's screen.
/// </summary>
internal static class ReportFileChecker
{
    /// <summary>The largest file handed to the reader; bigger ones are refused by their size alone.</summary>
    public const long MaxFileBytes = ReadLimits.MaxFileBytes;

    /// <summary>Reads <paramref name="path"/> and checks the report, against last year's when given (K6, K7).</summary>
    public static CheckedFile Check(string path, AnnualReport? previousYear = null)
    {
        var read = Read(path);
        if (read.Report is not { } report)
        {
            return read;
        }

        try
        {
            var findings = read.Findings.Concat(Unreported(AnnualReportChecks.Run(report, previousYear), read.Findings)).ToList();
            return read with { Findings = findings };
        }
#pragma warning disable CA1031 // A check that fails on a strange report must not take the whole run down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return CheckedFile.Failed(path, $"检查时发生意外错误（{ex.GetType().Name}），请将该文件反馈给开发者", read.Findings);
        }
    }

    /// <summary>
    /// The check findings the reader has not already made: the reader names what it saw missing or mixed
    /// (STRUCTURE, K10) at the same place, and one problem is reported once.
    /// </summary>
    private static IEnumerable<Finding> Unreported(IEnumerable<Finding> checks, IReadOnlyList<Finding> reading) =>
        checks.Where(check => !reading.Any(read => SameProblem(read, check))).Distinct();

    /// <summary>
    /// Whether a check finding repeats a reading finding: same rule at the same place, or — for K10 —
    /// the checks' cells of the other format in a file whose tables the reader already found mixed
    /// (the reader's finding names what was seen where; the year's format is a problem of its own).
    /// </summary>
    private static bool SameProblem(Finding read, Finding check) =>
        read.RuleId == check.RuleId
        && (read.Location == check.Location || (check.RuleId == CheckRules.FormatVersion && check.Location.Cell is not null));

    /// <summary>Reads without checking; when the file cannot be read the reason is in <see cref="CheckedFile.Unreadable"/>.</summary>
    public static CheckedFile Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                return CheckedFile.Failed(path, "这是一个文件夹，不是文件");
            }

            if (!info.Exists)
            {
                return CheckedFile.Failed(path, "文件不存在");
            }

            // Refused by size before a single byte is read.
            if (info.Length > MaxFileBytes)
            {
                return CheckedFile.Failed(path, ReadLimits.TooLargeMessage);
            }

            if (info.Length == 0)
            {
                return CheckedFile.Failed(path, ReadLimits.EmptyMessage);
            }

            var reading = AnnualReportReader.Read(path);
            return reading.Report is null
                ? CheckedFile.Failed(path, "文件中没有找到年度报告的内容", reading.Findings)
                : new CheckedFile(path, reading.Report, reading.Findings, null);
        }
        catch (UnreadableReportException ex)
        {
            return CheckedFile.Failed(path, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CheckedFile.Failed(path, $"无法打开文件（{ex.GetType().Name}）");
        }
#pragma warning disable CA1031 // Unexpected reader failures are reported per file, never as a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return CheckedFile.Failed(path, $"读取时发生意外错误（{ex.GetType().Name}），文件可能已损坏");
        }
    }
}
