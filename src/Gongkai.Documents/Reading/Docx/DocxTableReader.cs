using System.Xml;
using System.Xml.Linq;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Reads one Word table into rows of cells as a browser would show them: a horizontally merged cell
/// (w:gridSpan, or legacy w:hMerge) is one cell with <see cref="SourceCell.ColSpan"/>; a vertically
/// merged cell (w:vMerge) is one cell on its first row with <see cref="SourceCell.RowSpan"/>, absent
/// from the rows below (its text is not repeated). Cell numbers count the cells of the row as emitted.
/// Tables nested in a cell are handed back (as XML) to be read as tables of their own.
/// </summary>
internal sealed class DocxTableReader(DocxBodyReader body, int tableIndex, List<XElement> nested)
{
    // Vertical merges still open, by the grid column where their origin cell starts.
    private readonly Dictionary<int, CellDraft> _openMerges = [];
    private readonly List<List<CellDraft>> _rows = [];

    /// <summary>Reads the w:tbl the reader is on; the reader ends after the table.</summary>
    public IReadOnlyList<SourceRow> Read(XmlReader reader)
    {
        ReadRows(reader);
        var rows = new SourceRow[_rows.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = new SourceCell[_rows[r].Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = _rows[r][c].ToCell();
            }

            rows[r] = new SourceRow(cells);
        }

        return rows;
    }

    /// <summary>The w:tr children of a table, also inside content controls (w:sdt) and custom XML.</summary>
    private void ReadRows(XmlReader reader)
    {
        var depth = reader.Depth;
        if (!DocxXml.Enter(reader))
        {
            return;
        }

        while (DocxXml.NextChild(reader, depth))
        {
            if (DocxXml.Is(reader, "tr"))
            {
                _rows.Add(ReadRow(reader, _rows.Count + 1));
            }
            else if (DocxXml.Is(reader, "sdt") || DocxXml.Is(reader, "sdtContent") || DocxXml.Is(reader, "customXml"))
            {
                ReadRows(reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private List<CellDraft> ReadRow(XmlReader reader, int rowNumber)
    {
        var cells = new List<CellDraft>();
        var continued = new HashSet<int>();
        var started = new HashSet<int>();
        var column = 0;
        var depth = reader.Depth;
        if (DocxXml.Enter(reader))
        {
            while (DocxXml.NextChild(reader, depth))
            {
                if (DocxXml.Is(reader, "trPr"))
                {
                    column = GridBefore(reader);
                }
                else
                {
                    ReadCells(reader, cells, continued, started, ref column, rowNumber);
                }
            }
        }

        foreach (var key in _openMerges.Keys.Where(k => !continued.Contains(k) && !started.Contains(k)).ToList())
        {
            _openMerges.Remove(key);
        }

        return cells;
    }

    /// <summary>A w:tc, or a content control / custom XML wrapping cells; anything else is skipped.</summary>
    private void ReadCells(XmlReader reader, List<CellDraft> cells, HashSet<int> continued, HashSet<int> started, ref int column, int rowNumber)
    {
        if (DocxXml.Is(reader, "tc"))
        {
            ReadCell(reader, cells, continued, started, ref column, rowNumber);
            return;
        }

        if (!(DocxXml.Is(reader, "sdt") || DocxXml.Is(reader, "sdtContent") || DocxXml.Is(reader, "customXml")))
        {
            reader.Skip();
            return;
        }

        var depth = reader.Depth;
        if (DocxXml.Enter(reader))
        {
            while (DocxXml.NextChild(reader, depth))
            {
                ReadCells(reader, cells, continued, started, ref column, rowNumber);
            }
        }
    }

    private void ReadCell(XmlReader reader, List<CellDraft> cells, HashSet<int> continued, HashSet<int> started, ref int column, int rowNumber)
    {
        var properties = new CellProperties(1, null, null);
        var lines = new List<string>();
        var depth = reader.Depth;
        if (DocxXml.Enter(reader))
        {
            var seen = false;
            while (DocxXml.NextChild(reader, depth))
            {
                if (!seen && DocxXml.Is(reader, "tcPr"))
                {
                    properties = CellProperties.Read(reader);
                    seen = true;
                }
                else
                {
                    CollectCell(reader, lines);
                }
            }
        }

        var text = string.Join('\n', lines).Trim('\n');
        var span = Math.Max(1, properties.GridSpan);
        if (properties.VMerge is { } vMerge && vMerge != "restart" && _openMerges.TryGetValue(column, out var origin))
        {
            origin.RowSpan++;
            origin.Append(text);
            continued.Add(column);
        }
        else if (properties.HMerge is { } hMerge && hMerge != "restart" && cells.Count > 0)
        {
            cells[^1].ColSpan += span;
            cells[^1].Append(text);
        }
        else
        {
            var draft = new CellDraft(text, tableIndex, rowNumber, cells.Count + 1) { ColSpan = span };
            cells.Add(draft);
            if (properties.VMerge == "restart")
            {
                _openMerges[column] = draft;
                started.Add(column);
            }
        }

        column += span;
    }

    /// <summary>A child of a cell: a paragraph's text, a nested table kept for later, or a wrapper of both.</summary>
    private void CollectCell(XmlReader reader, List<string> lines)
    {
        if (DocxXml.Is(reader, "p"))
        {
            lines.Add(body.TextOf(reader));
        }
        else if (DocxXml.Is(reader, "tbl"))
        {
            nested.Add((XElement)XNode.ReadFrom(reader));
        }
        else if (DocxXml.Is(reader, "sdt") || DocxXml.Is(reader, "sdtContent") || DocxXml.Is(reader, "customXml"))
        {
            var depth = reader.Depth;
            if (DocxXml.Enter(reader))
            {
                while (DocxXml.NextChild(reader, depth))
                {
                    CollectCell(reader, lines);
                }
            }
        }
        else
        {
            reader.Skip();
        }
    }

    /// <summary>w:trPr/w:gridBefore: grid columns left out before the row's first cell.</summary>
    private static int GridBefore(XmlReader reader)
    {
        var before = 0;
        var depth = reader.Depth;
        if (DocxXml.Enter(reader))
        {
            while (DocxXml.NextChild(reader, depth))
            {
                if (DocxXml.Is(reader, "gridBefore"))
                {
                    before = DocxXml.Number(DocxXml.Val(reader)) ?? 0;
                }

                reader.Skip();
            }
        }

        return before;
    }

    /// <summary>w:tcPr: the grid span and the vertical and legacy horizontal merge ("restart", "continue"; null when absent).</summary>
    private readonly record struct CellProperties(int GridSpan, string? VMerge, string? HMerge)
    {
        public static CellProperties Read(XmlReader reader)
        {
            var result = new CellProperties(1, null, null);
            var depth = reader.Depth;
            if (DocxXml.Enter(reader))
            {
                while (DocxXml.NextChild(reader, depth))
                {
                    if (DocxXml.Is(reader, "gridSpan"))
                    {
                        result = result with { GridSpan = DocxXml.Number(DocxXml.Val(reader)) ?? 1 };
                    }
                    else if (DocxXml.Is(reader, "vMerge"))
                    {
                        result = result with { VMerge = DocxXml.Val(reader) ?? "continue" };
                    }
                    else if (DocxXml.Is(reader, "hMerge"))
                    {
                        result = result with { HMerge = DocxXml.Val(reader) ?? "continue" };
                    }

                    reader.Skip();
                }
            }

            return result;
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
