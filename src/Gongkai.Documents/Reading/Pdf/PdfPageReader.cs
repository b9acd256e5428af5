using Gongkai.Domain.Reports;
using UglyToad.PdfPig.Content;

namespace Gongkai.Documents.Reading.Pdf;

/// <summary>
/// Reads one PDF page's text layer into paragraphs (one per text line) and tables, top to bottom.
/// Tables drawn with borders are read from the borders (merged cells become spans); tables without
/// borders are recognised by text lines whose pieces line up in columns. A line that runs to the
/// right edge of the text continues into the next line unless that one is indented (a new paragraph).
/// Lines are numbered on the page, from 1, among the lines outside bordered tables; a paragraph
/// carries the number of its first line.
/// </summary>
internal sealed class PdfPageReader(int pageNumber, Func<int> nextTableIndex)
{
    private readonly List<(double Top, SourceBlock Block)> _tables = [];
    private List<(List<PdfTextLine> Lines, bool IsTable)> _runs = [];

    public int Letters { get; private set; }

    /// <summary>The right end of the page's longest text line outside tables (0 without text).</summary>
    public double TextRight => _runs.Where(r => !r.IsTable).Select(r => r.Lines[0].Right).DefaultIfEmpty(0).Max();

    /// <summary>Reads the page's letters and borders; <see cref="Assemble"/> then makes the blocks.</summary>
    public void Read(Page page)
    {
        var glyphs = page.Letters
            .Select(l => new PdfGlyph(
                IdeographVariants.Unify(l.Value),
                Math.Min(l.StartBaseLine.X, l.EndBaseLine.X),
                Math.Max(l.StartBaseLine.X, l.EndBaseLine.X),
                l.StartBaseLine.Y,
                l.PointSize > 0 ? l.PointSize : Math.Max(l.BoundingBox.Height, 1)))
            .ToList();
        Letters = glyphs.Count(g => !g.IsBlank);

        var rest = glyphs;
        foreach (var table in PdfRuledTable.Find(PdfRuling.Of(page)))
        {
            var inside = rest.Where(table.Contains).ToList();
            if (inside.Count == 0)
            {
                continue; // a frame or a decoration, not a table
            }

            rest = [.. rest.Where(g => !table.Contains(g))];
            _tables.Add((table.Top, RuledTable(table, inside)));
        }

        _runs = PdfAlignedColumns.Split(PdfTextLine.Group(rest));
    }

    /// <summary>
    /// The page's blocks, top to bottom. <paramref name="rightEdge"/> is where full lines of body
    /// text end in the whole document: a line that reaches it wraps into the next.
    /// </summary>
    public List<SourceBlock> Assemble(double rightEdge)
    {
        var blocks = new List<(double Top, SourceBlock Block)>(_tables);
        var line = 0;
        PdfParagraphDraft? paragraph = null;
        foreach (var (lines, isTable) in _runs)
        {
            if (isTable)
            {
                Flush();
                blocks.Add((lines[0].Top, AlignedTable(lines, ref line)));
            }
            else if (paragraph is not null && paragraph.Continues(lines[0], rightEdge))
            {
                paragraph.Add(lines[0]);
                line++;
            }
            else
            {
                Flush();
                paragraph = new PdfParagraphDraft(lines[0], ++line);
            }
        }

        Flush();
        return [.. blocks.OrderByDescending(b => b.Top).Select(b => b.Block)];

        void Flush()
        {
            if (paragraph is not null)
            {
                blocks.Add((paragraph.Top, paragraph.ToParagraph(pageNumber)));
                paragraph = null;
            }
        }
    }

    private SourceTable RuledTable(PdfRuledTable table, List<PdfGlyph> glyphs)
    {
        var index = nextTableIndex();
        var cells = table.Cells(glyphs);
        var rows = new List<SourceRow>();
        for (var r = 0; r < table.Rows; r++)
        {
            var row = cells.Where(c => c.Row == r).OrderBy(c => c.Column).Select((cell, k) =>
            {
                var text = PdfTextLine.JoinWrapped(PdfTextLine.Group(cell.Glyphs));
                return new SourceCell(text, Where(index, r + 1, k + 1, text), cell.RowSpan, cell.ColSpan);
            });
            rows.Add(new SourceRow([.. row]));
        }

        return new SourceTable(rows, new SourceLocation(Page: pageNumber, Table: index));
    }

    private SourceTable AlignedTable(List<PdfTextLine> lines, ref int line)
    {
        var index = nextTableIndex();
        var first = line + 1;
        line += lines.Count;
        var rows = PdfAlignedColumns.Cells(lines).Select((row, r) => new SourceRow(
            [.. row.Select((cell, k) => new SourceCell(cell.Text, Where(index, r + 1, k + 1, cell.Text), 1, cell.Span))]));
        return new SourceTable([.. rows], new SourceLocation(Page: pageNumber, Line: first, Table: index));
    }

    private SourceLocation Where(int table, int row, int cell, string text) =>
        new(Page: pageNumber, Table: table, Row: row, Cell: cell) { RawText = text };
}
