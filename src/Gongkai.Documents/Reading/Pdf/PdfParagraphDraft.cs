using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Pdf;

/// <summary>A paragraph being gathered from wrapped PDF text lines.</summary>
internal sealed class PdfParagraphDraft(PdfTextLine first, int lineNumber)
{
    private readonly List<PdfTextLine> _lines = [first];

    public double Top => first.Top;

    /// <summary>
    /// Whether <paramref name="next"/> is a wrapped continuation: lines of the same size that follow
    /// closely, where the last one ran to the right edge of the text (or stopped short only because the
    /// next line's first unbreakable word, such as a web address, did not fit) and the next one is not
    /// indented further — or, for a centred title wrapped over two lines, is centred under it.
    /// </summary>
    public bool Continues(PdfTextLine next, double rightEdge)
    {
        var last = _lines[^1];
        var size = Math.Max(last.Size, next.Size);
        if (Math.Abs(last.Size - next.Size) >= 0.5 || last.Baseline - next.Baseline > 2.2 * size)
        {
            return false;
        }

        var filled = last.Right >= rightEdge - (1.5 * size) || FirstWordWidth(next) > rightEdge - last.Right;
        if (!filled)
        {
            return false;
        }

        var centredUnder = _lines.Count == 1
            && next.Left > last.Left + (0.5 * size)
            && Math.Abs(((next.Left + next.Right) / 2) - ((last.Left + last.Right) / 2)) <= size;
        return next.Left <= last.Left + (0.5 * size) || centredUnder;
    }

    /// <summary>
    /// The width of the line's first word that cannot be broken: a run of Latin letters, digits and
    /// their punctuation (with an opening bracket before it). A line starting with a Chinese character
    /// has none, since a line may break before any Chinese character.
    /// </summary>
    private static double FirstWordWidth(PdfTextLine line)
    {
        var glyphs = line.Glyphs;
        var end = 0;
        while (end < glyphs.Count && glyphs[end].Value is "（" or "(" or "《" or "“")
        {
            end++;
        }

        var start = end;
        while (end < glyphs.Count && glyphs[end].Value.Length == 1 && glyphs[end].Value[0] is > ' ' and < '\u0080')
        {
            end++;
        }

        return end > start ? glyphs[end - 1].Right - glyphs[0].Left : 0;
    }

    public void Add(PdfTextLine line) => _lines.Add(line);

    public SourceParagraph ToParagraph(int page)
    {
        var text = _lines.Count == 1 ? _lines[0].Text : PdfTextLine.JoinWrapped(_lines);
        return new SourceParagraph(text, new SourceLocation(Page: page, Line: lineNumber) { RawText = text });
    }
}
