namespace Gongkai.Documents.Reading.Pdf;

/// <summary>A cell of a <see cref="PdfRuledTable"/> (0-based origin row and column) and the letters inside it.</summary>
internal sealed record PdfGridCell(int Row, int Column, int RowSpan, int ColSpan, List<PdfGlyph> Glyphs);
