using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Pdf;

/// <summary>A paragraph being gathered from wrapped PDF text lines.</summary>
internal sealed class PdfParagraphDraft(PdfTextLine first, int lineNumber)
{
    private readonly List<PdfTextLine> _lines = [first];

    public double Top => first.Top;

    /// <summary>
    /// Whether <paramref name="next"/> is a wrapped continuation: the last line ran to the right edge
    /// of the text, the next one is not indented further, has the same size and follows closely.
    /// </summary>
    public bool Continues(PdfTextLine next, double rightEdge)
    {
        var last = _lines[^1];
        var size = Math.Max(last.Size, next.Size);
        return last.Right >= rightEdge - (1.5 * size)
            && next.Left <= last.Left + (0.5 * size)
            && Math.Abs(last.Size - next.Size) < 0.5
            && last.Baseline - next.Baseline <= 2.2 * size;
    }

    public void Add(PdfTextLine line) => _lines.Add(line);

    public SourceParagraph ToParagraph(int page)
    {
        var text = _lines.Count == 1 ? _lines[0].Text : PdfTextLine.JoinWrapped(_lines);
        return new SourceParagraph(text, new SourceLocation(Page: page, Line: lineNumber) { RawText = text });
    }
}
