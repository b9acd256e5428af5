namespace Gongkai.Domain.Reports;

/// <summary>
/// One of the report's sections as written: its number, the marker it was written with ("1、",
/// "二、"), its heading and its narrative paragraphs (table sections keep any text around the table).
/// </summary>
/// <param name="Number">1 to 6, as identified from the heading.</param>
/// <param name="Marker">The numbering as written, e.g. "二、" or "1、"; the format's own for computed reports.</param>
/// <param name="Title">The heading text after the marker.</param>
/// <param name="Paragraphs">The narrative, in order.</param>
/// <param name="Source">Where the heading was read.</param>
public sealed record ReportSection(
    int Number,
    string Marker,
    string Title,
    IReadOnlyList<ReportParagraph> Paragraphs,
    SourceLocation? Source = null)
{
    /// <summary>The narrative as one text, paragraphs separated by new lines.</summary>
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
}
