using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>The Chinese wording shared by the reader's findings.</summary>
internal static class ReadingText
{
    public const string ReadRule = "READ";
    public const string StructureRule = "STRUCTURE";
    public const string VersionRule = "K10";

    private static readonly char[] LineBreaks = ['\r', '\n', '\t'];

    private static readonly string[] Numerals = ["", "一", "二", "三", "四", "五", "六"];

    public static string Numeral(int section) => Numerals[section];

    public static int SectionOf(string tableKey) => tableKey switch
    {
        TableKeys.Proactive => 2,
        TableKeys.Requests => 3,
        TableKeys.Remedies => 4,
        _ => 0,
    };

    public static string? TableOf(int section) => section switch
    {
        2 => TableKeys.Proactive,
        3 => TableKeys.Requests,
        4 => TableKeys.Remedies,
        _ => null,
    };

    public static string TableName(string tableKey) => $"第{Numeral(SectionOf(tableKey))}部分表格";

    public static string FormatName(ReportFormat format) => format == ReportFormat.Trial2019 ? "2019年试行格式" : "2021年格式";

    public static Finding Verify(string message, SourceLocation? source, int? section = null, CellKey? cell = null) =>
        new(ReadRule, FindingSeverity.VerifyReading, new FindingLocation(section, cell, source), $"请核对识别结果：{message}");

    public static Finding Structure(string message, int? section = null, SourceLocation? source = null) =>
        new(StructureRule, FindingSeverity.Error, new FindingLocation(section, null, source), message);

    /// <summary>A label quoted for a message, cut to a readable length, line breaks removed.</summary>
    public static string Quote(string text)
    {
        var flat = (text.AsSpan().IndexOfAny(LineBreaks) < 0 ? text : string.Join(string.Empty, text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries))).Trim();
        return $"“{(flat.Length > 40 ? flat[..40] + "…" : flat)}”";
    }
}
