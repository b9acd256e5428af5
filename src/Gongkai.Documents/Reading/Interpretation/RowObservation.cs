using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>A source row recognised as a data row of a table, with its candidate rows per format.</summary>
/// <param name="Row">The source row.</param>
/// <param name="TableKey">The table it belongs to.</param>
/// <param name="Matches">The best row per format (empty for table 四, whose one row has no label).</param>
/// <param name="Values">The value cells, left to right.</param>
internal sealed record RowObservation(TableRow Row, string TableKey, IReadOnlyDictionary<ReportFormat, RowMatch> Matches, IReadOnlyList<SourceCell> Values)
{
    public string RawLabel => Row.LabelCell?.Text.Trim() ?? string.Empty;
}
