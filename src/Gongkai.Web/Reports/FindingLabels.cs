using Gongkai.Domain.Reports;

namespace Gongkai.Web.Reports;

/// <summary>The console's Chinese words for a finding's severity, shared by the page and the live checks.</summary>
public static class FindingLabels
{
    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "提示",
        _ => "请核对",
    };

    /// <summary>The CSS class of a finding's line (<c>finding-error</c>, …).</summary>
    public static string CssClass(FindingSeverity severity) => "finding-" + severity.ToString().ToLowerInvariant();

    /// <summary>The summary line above the findings.</summary>
    public static string Summary(int count, bool draft) => count == 0
        ? draft ? "未发现问题（正文尚未保存）。" : "未发现问题。"
        : draft ? $"发现 {count} 条检查结果（正文尚未保存）。" : $"发现 {count} 条检查结果。";
}
