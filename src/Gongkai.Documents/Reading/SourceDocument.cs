namespace Gongkai.Documents.Reading;

/// <summary>
/// A report file reduced to what every shape has in common: paragraphs and tables in reading order,
/// each piece with where it came from. Each file-shape reader (text, HTML, DOCX, PDF) produces one;
/// ReportInterpreter turns it into an <c>AnnualReport</c>.
/// </summary>
/// <param name="Blocks">Paragraphs and tables in reading order.</param>
/// <param name="Shape">What the file was: "text", "html", "docx", "pdf", "markdown".</param>
public sealed record SourceDocument(IReadOnlyList<SourceBlock> Blocks, string Shape)
{
    /// <summary>Problems met while extracting (e.g. an undecodable byte run), as reading doubts.</summary>
    public IReadOnlyList<string> ExtractionNotes { get; init; } = [];

    /// <summary>A title the shape carries apart from the body (an HTML &lt;title&gt;), used when the body has none.</summary>
    public string? Title { get; init; }
}
