using System.Globalization;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Unfolds pipe tables with flattened "group / label" headers back into one table with merged cells
/// (rowspan/colspan), the same shape an HTML or DOCX copy of the form has.
/// </summary>
internal static class MarkdownTableBuilder
{
    private const string Separator = " / ";

    public static SourceTable Build(IReadOnlyList<MarkdownTableBlock> blocks, int tableNumber)
    {
        var hasRowHeaders = blocks.Any(b => b.Rows.Skip(1).Any(r => r.Cells.Count > 0 && r.Cells[0].Length > 0 && !IsNumber(r.Cells[0])));
        var skip = hasRowHeaders ? 1 : 0;
        var layoutBlocks = new List<LayoutBlock>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var header = blocks[b].Rows[0].Cells;
            var columns = header.Skip(skip).Select((text, i) => Path(i, text)).ToList();
            var rows = blocks[b].Rows.Skip(1).Select((row, i) => hasRowHeaders ? Path(i, row.Cells.Count > 0 ? row.Cells[0] : string.Empty) : new HeaderPath(Key(i), [], string.Empty)).ToList();
            var corner = hasRowHeaders && header.Count > 0 ? header[0] : null;
            layoutBlocks.Add(new LayoutBlock(Key(b), blocks[b].Heading, corner, columns, rows));
        }

        var layout = TableLayout.Build("md", layoutBlocks);
        var sourceRows = new List<SourceRow>();
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            var row = layout.Rows[r];
            var block = blocks[row.Block];
            var dataRow = row.Cells.FirstOrDefault(c => c.RowIndex >= 0)?.RowIndex;
            var line = dataRow is { } d ? block.Rows[d + 1].Line
                : row.Cells.Any(c => c.Role == LayoutRole.BlockHeading) ? block.Line : block.Rows[0].Line;
            var cells = new List<SourceCell>();
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var text = cell.Role == LayoutRole.Data ? Value(block, cell.RowIndex, cell.ColumnIndex + skip) : cell.Text;
                var location = new SourceLocation(Line: line, Table: tableNumber, Row: r + 1, Cell: c + 1) { RawText = text };
                cells.Add(new SourceCell(text, location, cell.RowSpan, cell.ColSpan));
            }

            sourceRows.Add(new SourceRow(cells));
        }

        return new SourceTable(sourceRows, new SourceLocation(Line: blocks[0].Line, Table: tableNumber));
    }

    private static string Value(MarkdownTableBlock block, int row, int column)
    {
        var cells = block.Rows[row + 1].Cells;
        return column < cells.Count ? cells[column] : string.Empty;
    }

    private static HeaderPath Path(int index, string text)
    {
        var parts = text.Split(Separator);
        return new HeaderPath(Key(index), parts[..^1], parts[^1]);
    }

    private static string Key(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
