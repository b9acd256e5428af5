using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading.EndToEnd;

/// <summary>
/// Prints a report to PDF the way Word exports it: a centred title, justified paragraphs with a
/// two-character indent wrapped at the margin, section headings, and each table in the official
/// layout (merged header cells, row groups) with a border around every cell and wrapped labels.
/// A table that does not fit on the rest of the page starts a new page.
/// </summary>
internal sealed class ReportPdf : IDisposable
{
    private const double Left = 72;
    private const double Right = 523;
    private const double TableLeft = 40;
    private const double TableRight = 555;
    private const double Top = 780;
    private const double Bottom = 60;
    private const double BodySize = 10.5;
    private const double CellSize = 8;

    private readonly TestPdf _pdf = new();
    private readonly Dictionary<char, double> _widths = [];
    private double _y = Top;

    public static byte[] Write(AnnualReport report)
    {
        using var writer = new ReportPdf();
        writer.Centred(report.Title, 13);
        writer._y -= 10;
        foreach (var paragraph in report.Preamble)
        {
            writer.Paragraph(paragraph.Text);
        }

        foreach (var (section, table) in ReportLayout.Sections(report))
        {
            writer.Paragraph(ReportLayout.Heading(section));
            foreach (var paragraph in section.Paragraphs)
            {
                writer.Paragraph(paragraph.Text);
            }

            if (table is not null)
            {
                writer.Table(report, table);
            }
        }

        return writer._pdf.Build();
    }

    public void Dispose() => _pdf.Dispose();

    private void Centred(string text, double size)
    {
        var width = _pdf.Measure(text, size);
        _pdf.Text(text, Math.Max(Left, (Left + Right - width) / 2), _y, size);
        _y -= size * 1.8;
    }

    private void Paragraph(string text)
    {
        var lines = Wrap(text, Right - Left, BodySize, firstIndent: 2 * BodySize);
        for (var k = 0; k < lines.Count; k++)
        {
            NeedSpace(BodySize * 1.6);
            _pdf.Text(lines[k], k == 0 ? Left + (2 * BodySize) : Left, _y, BodySize);
            _y -= BodySize * 1.6;
        }
    }

    private void Table(AnnualReport report, TableDefinition definition)
    {
        var layout = TableLayout.For(report.Format, definition);
        var widths = Widths(layout);
        var texts = new Dictionary<LayoutCell, List<string>>();
        var heights = new double[layout.Rows.Count];
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            heights[r] = 16;
            foreach (var cell in layout.Rows[r].Cells)
            {
                var text = cell.Role == LayoutRole.Data ? CellText.Of(report[TableLayout.KeyOf(definition, cell)]) : cell.Text;
                var lines = Wrap(text, Span(widths, cell) - 4, CellSize, 0);
                texts[cell] = lines;
                if (cell.RowSpan == 1)
                {
                    heights[r] = Math.Max(heights[r], (lines.Count * (CellSize + 2)) + 6);
                }
            }
        }

        NeedSpace(heights.Sum() + 10);
        var tops = new double[layout.Rows.Count + 1];
        tops[0] = _y;
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            tops[r + 1] = tops[r] - heights[r];
        }

        for (var r = 0; r < layout.Rows.Count; r++)
        {
            foreach (var cell in layout.Rows[r].Cells)
            {
                var x = TableLeft + widths.Take(cell.Column).Sum();
                var bottom = tops[r + cell.RowSpan];
                _pdf.Box(x, bottom, Span(widths, cell), tops[r] - bottom);
                var lines = texts[cell];
                for (var k = 0; k < lines.Count; k++)
                {
                    _pdf.Text(lines[k], x + 2, tops[r] - CellSize - 2 - (k * (CellSize + 2)), CellSize);
                }
            }
        }

        _y = tops[^1] - 24;
    }

    private static double Span(double[] widths, LayoutCell cell) => widths.Skip(cell.Column).Take(cell.ColSpan).Sum();

    private static double[] Widths(TableLayout layout)
    {
        const double Total = TableRight - TableLeft;
        var header = layout.RowHeaderColumns switch { 0 => 0, 1 => 130, _ => 250 };
        var widths = new double[layout.GridColumns];
        for (var c = 0; c < layout.RowHeaderColumns; c++)
        {
            widths[c] = c < layout.RowHeaderColumns - 1 ? 50 : header - (50 * (layout.RowHeaderColumns - 1));
        }

        for (var c = layout.RowHeaderColumns; c < widths.Length; c++)
        {
            widths[c] = (Total - header) / layout.DataColumns;
        }

        return widths;
    }

    private void NeedSpace(double height)
    {
        if (_y - height < Bottom)
        {
            _pdf.NewPage();
            _y = Top;
        }
    }

    private List<string> Wrap(string text, double width, double size, double firstIndent)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var used = firstIndent;
        foreach (var c in text)
        {
            var w = Width(c, size);
            if (line.Length > 0 && used + w > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
            }

            line.Append(c);
            used += w;
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private double Width(char c, double size)
    {
        if (!_widths.TryGetValue(c, out var unit))
        {
            unit = _widths[c] = _pdf.Measure(c.ToString(), 1000) / 1000;
        }

        return unit * size;
    }
}
