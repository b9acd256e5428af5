using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// One row of a source table split into its label cells (the text on the left: group headers and the
/// row's own label) and its value cells (everything after the last label).
/// </summary>
internal sealed class TableRow
{
    public TableRow(SourceRow row, SourceTable table, int section)
    {
        Source = row;
        Table = table;
        Section = section;
        var lastLabel = -1;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (!CellText.IsValueLike(row.Cells[i].Text))
            {
                lastLabel = i;
            }
        }

        LabelCells = [.. row.Cells.Take(lastLabel + 1).Where(c => !string.IsNullOrWhiteSpace(c.Text))];
        ValueCells = [.. row.Cells.Skip(lastLabel + 1)];
        NormalizedCells = [.. LabelCells.Select(c => LabelText.Normalize(c.Text))];
    }

    public SourceRow Source { get; }

    public SourceTable Table { get; }

    /// <summary>The section the row's table falls in (0 when unknown).</summary>
    public int Section { get; }

    public IReadOnlyList<SourceCell> LabelCells { get; }

    public IReadOnlyList<SourceCell> ValueCells { get; }

    /// <summary>The label cells, normalised for matching.</summary>
    public IReadOnlyList<string> NormalizedCells { get; }

    /// <summary>The row's own label (the last label cell), or null.</summary>
    public SourceCell? LabelCell => LabelCells.Count > 0 ? LabelCells[^1] : null;

    public string NormalizedLabel => NormalizedCells.Count > 0 ? NormalizedCells[^1] : string.Empty;

    /// <summary>The label cells before the row's own label, normalised and joined.</summary>
    public string NormalizedGroups => NormalizedCells.Count > 1 ? string.Concat(NormalizedCells.Take(NormalizedCells.Count - 1)) : string.Empty;

    /// <summary>Whether any value cell holds text.</summary>
    public bool HasValues => ValueCells.Any(c => !string.IsNullOrWhiteSpace(CellText.Compact(c.Text)));

    public SourceLocation Location => Source.Cells.Count > 0 ? Source.Cells[0].Location : Table.Location;
}
