using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>Something seen in a table that only one format has, e.g. the header 本年新制作数量 (2019).</summary>
/// <param name="Format">The format it belongs to.</param>
/// <param name="TableKey">The table it was seen in.</param>
/// <param name="Kind">What was seen, in Chinese, for the K10 finding ("表头", "行", or the whole description).</param>
/// <param name="Text">The text seen, quoted after <paramref name="Kind"/> only when a finding is written.</param>
/// <param name="Location">Where.</param>
internal sealed record FormatEvidence(ReportFormat Format, string TableKey, string Kind, string? Text, SourceLocation Location)
{
    /// <summary>"表头“本年新制作数量”".</summary>
    public string What => Text is null ? Kind : Kind + ReadingText.Quote(Text);

    /// <summary>The format a table was laid out in: the one with more evidence; null when none or a tie.</summary>
    public static ReportFormat? Winner(IEnumerable<FormatEvidence> evidence, string tableKey)
    {
        int old = 0, revised = 0;
        foreach (var e in evidence)
        {
            if (e.TableKey == tableKey)
            {
                old += e.Format == ReportFormat.Trial2019 ? 1 : 0;
                revised += e.Format == ReportFormat.Revised2021 ? 1 : 0;
            }
        }

        return old == revised ? null : old > revised ? ReportFormat.Trial2019 : ReportFormat.Revised2021;
    }

    /// <summary>"第二部分表格表头“本年新制作数量”（第16行）".</summary>
    public string Describe() => $"{ReadingText.TableName(TableKey)}{What}（{Location}）";
}
