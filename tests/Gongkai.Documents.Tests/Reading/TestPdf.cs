using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Builds small PDFs with a real text layer in process (PdfPig's builder and a CJK TrueType font),
/// laid out the way Word exports reports: text lines, and tables with a border around every cell.
/// </summary>
internal sealed class TestPdf : IDisposable
{
    /// <summary>AR PL SungtiL GB, a Song face with Chinese and Latin letters; Debian package fonts-arphic-gbsn00lp (.ci/services.sh).</summary>
    public const string FontPath = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";

    private static readonly Lazy<byte[]> FontBytes = new(() => File.Exists(FontPath)
        ? File.ReadAllBytes(FontPath)
        : throw new InvalidOperationException($"The test font {FontPath} is missing: install the Debian package fonts-arphic-gbsn00lp (bash .ci/services.sh)."));

    private readonly PdfDocumentBuilder _builder = new();
    // PdfPig writes a simple TrueType font: at most 255 distinct characters each, so the same font
    // is added again for every 250 new characters and each character keeps its font.
    private const int CharactersPerFont = 250;
    private readonly List<PdfDocumentBuilder.AddedFont> _fonts = [];
    private readonly Dictionary<char, int> _fontOf = [];
    private PdfPageBuilder _page;

    public TestPdf()
    {
        _fonts.Add(_builder.AddTrueTypeFont(FontBytes.Value));
        _page = _builder.AddPage(PageSize.A4);
    }

    public TestPdf NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        return this;
    }

    /// <summary>Writes a line of text with its baseline at (x, y) in points from the bottom left.</summary>
    public TestPdf Text(string text, double x, double y, double size = 10.5)
    {
        var start = 0;
        while (start < text.Length)
        {
            var font = FontOf(text[start]);
            var end = start + 1;
            while (end < text.Length && FontOf(text[end]) == font)
            {
                end++;
            }

            var letters = _page.AddText(text[start..end], size, new PdfPoint(x, y), _fonts[font]);
            x = letters.Count > 0 ? letters[^1].EndBaseLine.X : x;
            start = end;
        }

        return this;
    }

    /// <summary>The width of a text at a size, in points.</summary>
    public double Measure(string text, double size)
    {
        var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), _fonts[0]);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
    }

    /// <summary>Draws a rectangle's border; (x, y) is its bottom left.</summary>
    public TestPdf Box(double x, double y, double width, double height)
    {
        _page.DrawRectangle(new PdfPoint(x, y), width, height, 0.5);
        return this;
    }

    /// <summary>
    /// Draws a bordered table, HTML-style: each row lists its cells, a cell under a row span is left
    /// out. Each cell's border is drawn as its own rectangle, its text lines ('\n') at its top left.
    /// </summary>
    public TestPdf Table(double left, double top, double[] widths, double rowHeight, params Cell[][] rows)
    {
        var taken = new HashSet<(int Row, int Column)>();
        for (var r = 0; r < rows.Length; r++)
        {
            var column = 0;
            foreach (var cell in rows[r])
            {
                while (taken.Contains((r, column)))
                {
                    column++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        taken.Add((r + dr, column + dc));
                    }
                }

                var x = left + widths.Take(column).Sum();
                var width = widths.Skip(column).Take(cell.ColSpan).Sum();
                var y = top - (r * rowHeight);
                var height = cell.RowSpan * rowHeight;
                _page.DrawRectangle(new PdfPoint(x, y - height), width, height, 0.5);
                var lines = cell.Text.Split('\n');
                for (var k = 0; k < lines.Length; k++)
                {
                    if (lines[k].Length > 0)
                    {
                        Text(lines[k], x + 3, y - 12 - (k * 12), 9);
                    }
                }

                column += cell.ColSpan;
            }
        }

        return this;
    }

    private int FontOf(char c)
    {
        if (!_fontOf.TryGetValue(c, out var font))
        {
            if (_fontOf.Count > 0 && _fontOf.Count % CharactersPerFont == 0)
            {
                _fonts.Add(_builder.AddTrueTypeFont(FontBytes.Value));
            }

            font = _fontOf[c] = _fonts.Count - 1;
        }

        return font;
    }

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    /// <summary>A table cell: text (lines separated by '\n') and spans.</summary>
    public sealed record Cell(string Text, int ColSpan = 1, int RowSpan = 1)
    {
        public static implicit operator Cell(string text) => new(text);
    }
}
