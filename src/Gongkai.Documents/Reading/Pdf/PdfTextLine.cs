using System.Text;

namespace Gongkai.Documents.Reading.Pdf;

/// <summary>
/// Letters that share a baseline, left to right. Its text puts a space where the PDF has a space
/// letter, or a visible gap between Latin letters or digits; Chinese text is joined without spaces.
/// </summary>
internal sealed class PdfTextLine
{
    // A gap wider than this many font sizes between two letters separates words (Latin only).
    private const double WordGap = 0.3;

    public PdfTextLine(IEnumerable<PdfGlyph> glyphs)
    {
        Glyphs = [.. glyphs.OrderBy(g => g.Left)];
        Baseline = Glyphs.Average(g => g.Baseline);
        Size = Glyphs.Max(g => g.Size);
        Text = Join(Glyphs);
    }

    public IReadOnlyList<PdfGlyph> Glyphs { get; }

    public double Baseline { get; }

    public double Size { get; }

    public string Text { get; }

    public double Left => Glyphs[0].Left;

    public double Right => Glyphs[^1].Right;

    public double Top => Baseline + (Size * 0.85);

    /// <summary>Groups letters into lines, top of the page first.</summary>
    public static List<PdfTextLine> Group(IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<List<PdfGlyph>>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is null || Math.Abs(current[0].Baseline - glyph.Baseline) > 0.4 * Math.Max(glyph.Size, current[0].Size))
            {
                lines.Add([glyph]);
            }
            else
            {
                current.Add(glyph);
            }
        }

        return [.. lines.Where(line => line.Exists(g => !g.IsBlank)).Select(line => new PdfTextLine(line))];
    }

    /// <summary>Splits the line where letters are more than <paramref name="gapInSizes"/> font sizes apart.</summary>
    public List<PdfTextLine> Segments(double gapInSizes)
    {
        var segments = new List<List<PdfGlyph>> { new() };
        PdfGlyph? previous = null;
        foreach (var glyph in Glyphs.Where(g => !g.IsBlank))
        {
            if (previous is not null && glyph.Left - previous.Right > gapInSizes * Math.Max(glyph.Size, previous.Size))
            {
                segments.Add([]);
            }

            segments[^1].Add(glyph);
            previous = glyph;
        }

        return [.. segments.Where(s => s.Count > 0).Select(s => new PdfTextLine(s))];
    }

    /// <summary>Joins lines of one table cell: wrapped Chinese text without a separator, else a space.</summary>
    public static string JoinWrapped(IEnumerable<PdfTextLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var part = line.Text.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && !(IsCjk(text[^1]) || IsCjk(part[0])))
            {
                text.Append(' ');
            }

            text.Append(part);
        }

        return text.ToString();
    }

    private static string Join(IReadOnlyList<PdfGlyph> glyphs)
    {
        var text = new StringBuilder();
        PdfGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (previous is not null && !previous.IsBlank && !glyph.IsBlank
                && glyph.Left - previous.Right > WordGap * Math.Max(glyph.Size, previous.Size)
                && !IsCjk(previous.Value[^1]) && !IsCjk(glyph.Value[0]))
            {
                text.Append(' ');
            }

            text.Append(glyph.Value);
            previous = glyph;
        }

        return text.ToString();
    }

    // CJK ideographs, CJK punctuation and full-width forms: no spaces between them.
    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
