using System.Runtime.InteropServices;
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

        var labels = new List<SourceCell>(lastLabel + 1);
        var normalized = new List<string>(lastLabel + 1);
        for (var i = 0; i <= lastLabel; i++)
        {
            if (!string.IsNullOrWhiteSpace(row.Cells[i].Text))
            {
                labels.Add(row.Cells[i]);
                normalized.Add(LabelText.Normalize(row.Cells[i].Text));
            }
        }

        var values = new SourceCell[row.Cells.Count - lastLabel - 1];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = row.Cells[lastLabel + 1 + i];
        }

        LabelCells = labels;
        ValueCells = values;
        NormalizedCells = normalized;
        NormalizedLabel = normalized.Count > 0 ? normalized[^1] : string.Empty;
        NormalizedGroups = normalized.Count switch
        {
            < 2 => string.Empty,
            2 => normalized[0],
            _ => string.Concat(CollectionsMarshal.AsSpan(normalized)[..^1]),
        };
        foreach (var cell in values)
        {
            HasValues |= !CellText.IsBlank(cell.Text);
        }
    }

    public SourceRow Source { get; }

    public SourceTable Table { get; }

    /// <summary>The section the row's table falls in (0 when unknown).</summary>
    public int Section { get; }

    public List<SourceCell> LabelCells { get; }

    public IReadOnlyList<SourceCell> ValueCells { get; }

    /// <summary>The label cells, normalised for matching.</summary>
    public List<string> NormalizedCells { get; }

    /// <summary>The row's own label (the last label cell), or null.</summary>
    public SourceCell? LabelCell => LabelCells.Count > 0 ? LabelCells[^1] : null;

    public string NormalizedLabel { get; }

    /// <summary>The label cells before the row's own label, normalised and joined.</summary>
    public string NormalizedGroups { get; }

    /// <summary>Whether any value cell holds text.</summary>
    public bool HasValues { get; }

    public SourceLocation Location => Source.Cells.Count > 0 ? Source.Cells[0].Location : Table.Location;
}
