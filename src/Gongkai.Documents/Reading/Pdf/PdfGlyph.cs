namespace Gongkai.Documents.Reading.Pdf;

/// <summary>One letter of a PDF page's text layer, in page coordinates (points, y upwards).</summary>
internal sealed record PdfGlyph(string Value, double Left, double Right, double Baseline, double Size)
{
    public double CenterX => (Left + Right) / 2;

    /// <summary>The middle of the letter's body (a little above the baseline).</summary>
    public double CenterY => Baseline + (Size * 0.35);

    public bool IsBlank => string.IsNullOrWhiteSpace(Value);
}
