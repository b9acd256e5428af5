using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>Something seen in a table that only one format has, e.g. the header 本年新制作数量 (2019).</summary>
/// <param name="Format">The format it belongs to.</param>
/// <param name="TableKey">The table it was seen in.</param>
/// <param name="What">What was seen, in Chinese, for the K10 finding.</param>
/// <param name="Location">Where.</param>
internal sealed record FormatEvidence(ReportFormat Format, string TableKey, string What, SourceLocation Location)
{
    /// <summary>The format a table was laid out in: the one with more evidence; null when none or a tie.</summary>
    public static ReportFormat? Winner(IEnumerable<FormatEvidence> evidence, string tableKey)
    {
        var counts = evidence.Where(e => e.TableKey == tableKey).GroupBy(e => e.Format).ToDictionary(g => g.Key, g => g.Count());
        var old = counts.GetValueOrDefault(ReportFormat.Trial2019);
        var revised = counts.GetValueOrDefault(ReportFormat.Revised2021);
        return old == revised ? null : old > revised ? ReportFormat.Trial2019 : ReportFormat.Revised2021;
    }

    /// <summary>"第二部分表格表头“本年新制作数量”（第16行）".</summary>
    public string Describe() => $"{ReadingText.TableName(TableKey)}{What}（{Location}）";
}
