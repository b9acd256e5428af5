using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Reads one Word table into rows of cells as a browser would show them: a horizontally merged cell
/// (w:gridSpan, or legacy w:hMerge) is one cell with <see cref="SourceCell.ColSpan"/>; a vertically
/// merged cell (w:vMerge) is one cell on its first row with <see cref="SourceCell.RowSpan"/>, absent
/// from the rows below (its text is not repeated). Cell numbers count the cells of the row as emitted.
/// Tables nested in a cell are handed back to be read as tables of their own.
/// </summary>
internal sealed class DocxTableReader(DocxBodyReader body, int tableIndex, List<Table> nested)
{
    // Vertical merges still open, by the grid column where their origin cell starts.
    private readonly Dictionary<int, CellDraft> _openMerges = [];

    public IReadOnlyList<SourceRow> Read(Table table)
    {
        var drafts = new List<List<CellDraft>>();
        foreach (var row in RowsOf(table))
        {
            drafts.Add(ReadRow(row, drafts.Count + 1));
        }

        return [.. drafts.Select(row => new SourceRow([.. row.Select(draft => draft.ToCell())]))];
    }

    private List<CellDraft> ReadRow(TableRow row, int rowNumber)
    {
        var cells = new List<CellDraft>();
        var continued = new HashSet<int>();
        var started = new HashSet<int>();
        var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        foreach (var cell in CellsOf(row))
        {
            var properties = cell.TableCellProperties;
            var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
            var text = CellText(cell);
            var vMerge = properties?.VerticalMerge;
            var hMerge = properties?.HorizontalMerge;

            if (vMerge is not null && vMerge.Val?.Value != MergedCellValues.Restart
                && _openMerges.TryGetValue(column, out var origin))
            {
                origin.RowSpan++;
                origin.Append(text);
                continued.Add(column);
            }
            else if (hMerge is not null && hMerge.Val?.Value != MergedCellValues.Restart && cells.Count > 0)
            {
                cells[^1].ColSpan += span;
                cells[^1].Append(text);
            }
            else
            {
                var draft = new CellDraft(text, tableIndex, rowNumber, cells.Count + 1) { ColSpan = span };
                cells.Add(draft);
                if (vMerge?.Val?.Value == MergedCellValues.Restart)
                {
                    _openMerges[column] = draft;
                    started.Add(column);
                }
            }

            column += span;
        }

        foreach (var key in _openMerges.Keys.Where(k => !continued.Contains(k) && !started.Contains(k)).ToList())
        {
            _openMerges.Remove(key);
        }

        return cells;
    }

    private string CellText(TableCell cell)
    {
        var lines = new List<string>();
        CollectCell(cell, lines);
        return string.Join('\n', lines).Trim('\n');
    }

    private void CollectCell(OpenXmlElement parent, List<string> lines)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    lines.Add(body.TextOf(paragraph));
                    break;
                case Table table:
                    nested.Add(table);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    CollectCell(content, lines);
                    break;
                case CustomXmlBlock custom:
                    CollectCell(custom, lines);
                    break;
                default:
                    break;
            }
        }
    }

    private static IEnumerable<TableRow> RowsOf(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case TableRow row:
                    yield return row;
                    break;
                case SdtRow { SdtContentRow: { } content }:
                    foreach (var row in RowsOf(content))
                    {
                        yield return row;
                    }

                    break;
                case CustomXmlRow custom:
                    foreach (var row in RowsOf(custom))
                    {
                        yield return row;
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static IEnumerable<TableCell> CellsOf(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell { SdtContentCell: { } content }:
                    foreach (var cell in CellsOf(content))
                    {
                        yield return cell;
                    }

                    break;
                case CustomXmlCell custom:
                    foreach (var cell in CellsOf(custom))
                    {
                        yield return cell;
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private sealed class CellDraft(string text, int table, int row, int cell)
    {
        private string _text = text;

        public int RowSpan { get; set; } = 1;

        public int ColSpan { get; set; } = 1;

        // Text left in a merged-away cell is kept (Word shows it too when the merge is undone).
        public void Append(string more)
        {
            if (!string.IsNullOrWhiteSpace(more))
            {
                _text = _text.Length == 0 ? more : _text + "\n" + more;
            }
        }

        public SourceCell ToCell() => new(
            _text,
            new SourceLocation(Table: table, Row: row, Cell: cell) { RawText = _text },
            RowSpan,
            ColSpan);
    }
}
