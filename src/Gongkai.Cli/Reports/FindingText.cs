using Gongkai.Domain.Reports;

namespace Gongkai.Cli.Reports;

/// <summary>How findings are named for people: severity in Chinese, location as section and source place.</summary>
internal static class FindingText
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];

    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        FindingSeverity.VerifyReading => "请核对",
        _ => severity.ToString(),
    };

    public static string Code(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        FindingSeverity.VerifyReading => "verify-reading",
        _ => severity.ToString(),
    };

    /// <summary>"第三部分 第14行 第2格"; "全文" when the finding is about the whole report.</summary>
    public static string Location(FindingLocation location)
    {
        var parts = new List<string>();
        if (location.Section is >= 1 and <= 6 and var section)
        {
            parts.Add($"第{Numerals[section - 1]}部分");
        }

        if (location.Source?.ToString() is { Length: > 0 } source)
        {
            parts.Add(source);
        }

        return parts.Count == 0 ? "全文" : string.Join(" ", parts);
    }

    public static string FormatName(ReportFormat format) => format switch
    {
        ReportFormat.Trial2019 => "2019年试行格式",
        ReportFormat.Revised2021 => "2021年格式",
        _ => format.ToString(),
    };
}
