using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// The column headings of table 二 in both formats (the strongest evidence of the format), and the
/// block headings 第二十条第（X）项.
/// </summary>
internal static class HeaderCatalog
{
    private static readonly (ReportFormat Format, string BlockKey, string Label, string Normalized)[] Columns =
    [
        .. ReportFormats.All.SelectMany(f => f.Table(TableKeys.Proactive).Blocks.SelectMany(b =>
            b.Columns.Select(c => (f.Format, b.Key, c.Label, Normalize(c.Label))))),
    ];

    private static readonly HashSet<string> Headings =
    [
        .. ReportFormats.All.SelectMany(f => f.Tables.SelectMany(t => t.Blocks.SelectMany(b =>
            b.Columns.SelectMany(c => c.Groups.Append(c.Label)).Append(b.RowHeaderLabel ?? string.Empty))))
            .Select(Normalize)
            .Where(h => h.Length > 0),
    ];

    private static readonly Dictionary<string, string> BlockByItem = new(StringComparer.Ordinal)
    {
        ["一"] = "art20_1",
        ["1"] = "art20_1",
        ["五"] = "art20_5",
        ["5"] = "art20_5",
        ["六"] = "art20_6",
        ["6"] = "art20_6",
        ["八"] = "art20_8",
        ["8"] = "art20_8",
        ["九"] = "art20_9",
        ["9"] = "art20_9",
    };

    /// <summary>Header text normalised for comparison: "本年收费金额（单位：万元）" → "本年收费金额万元".</summary>
    public static string Normalize(string text) => LabelText.Normalize(text).Replace("单位", string.Empty, StringComparison.Ordinal);

    /// <summary>The block key of a heading "第二十条第（一）项" (also "第20条第(1)项"), or null.</summary>
    public static string? BlockOf(string normalized)
    {
        var at = normalized.IndexOf("条第", StringComparison.Ordinal);
        if (at < 0 || !normalized.EndsWith('项') || normalized.Length > 14)
        {
            return null;
        }

        var article = normalized[..at].TrimStart('第');
        if (article is not ("二十" or "20" or "廿"))
        {
            return null;
        }

        var item = normalized[(at + 2)..^1];
        return BlockByItem.GetValueOrDefault(item);
    }

    /// <summary>Whether a normalised cell is a column heading of any table (信息内容, 自然人, 结果维持, 本年新制作数量…).</summary>
    public static bool IsHeading(string normalized)
    {
        var header = normalized.Replace("单位", string.Empty, StringComparison.Ordinal);
        if (header.Length == 0)
        {
            return false;
        }

        if (Headings.Contains(header))
        {
            return true;
        }

        foreach (var (_, score) in Match(header).Values)
        {
            if (score >= 0.85)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly LabelMatchMemo<string, Dictionary<ReportFormat, (string Label, double Score)>> Memo = new(50_000);

    /// <summary>The best column heading per format for a header cell, with its score; shared, do not change it.</summary>
    public static Dictionary<ReportFormat, (string Label, double Score)> Match(string normalizedHeader) =>
        Memo.GetOrAdd(normalizedHeader, Compute);

    private static Dictionary<ReportFormat, (string Label, double Score)> Compute(string normalizedHeader)
    {
        var result = new Dictionary<ReportFormat, (string Label, double Score)>();
        foreach (var (format, _, label, normalized) in Columns)
        {
            var score = LabelSimilarity.Score(normalizedHeader, normalized);
            if (score < 1 && normalizedHeader.StartsWith(normalized, StringComparison.Ordinal))
            {
                // A unit or note after the heading: "采购总金额（单位:万元）".
                score = 0.99;
            }

            if (!result.TryGetValue(format, out var best) || score > best.Score)
            {
                result[format] = (label, score);
            }
        }

        return result;
    }
}
