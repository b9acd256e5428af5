using DocumentFormat.OpenXml.Packaging;
using Gongkai.Documents.Reading.Docx;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads a DOCX file into a <see cref="SourceDocument"/>: body paragraphs and tables in document
/// order (see <c>DocxBodyReader</c> and <c>DocxTableReader</c> for what is kept). The package is
/// checked against <see cref="ReadLimits"/> before the Open XML SDK sees it.
/// </summary>
public static class DocxReportSource
{
    /// <summary>The <see cref="SourceDocument.Shape"/> of what this reader produces.</summary>
    public const string Shape = "docx";

    /// <summary>Reads the whole stream as a DOCX file.</summary>
    /// <exception cref="UnreadableReportException">The file is not a readable Word document.</exception>
    public static SourceDocument Read(Stream stream) => Read(ReadLimits.ReadBounded(stream));

    /// <summary>Reads a DOCX file already in memory (at most <see cref="ReadLimits.MaxFileBytes"/>).</summary>
    internal static SourceDocument Read(byte[] bytes)
    {
        DocxPackageGuard.Check(bytes);
        try
        {
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = ReadLimits.MaxXmlPartBytes };
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body
                ?? throw new UnreadableReportException(DocxPackageGuard.NotWordMessage);
            var reader = new DocxBodyReader(new DocxNumbering(main!));
            var blocks = reader.Read(body);
            return new SourceDocument(blocks, Shape) { ExtractionNotes = reader.Notes };
        }
        catch (Exception ex) when (ex is not UnreadableReportException)
        {
            throw new UnreadableReportException("DOCX 文件无法解析，内容不符合 Word 文档格式", ex);
        }
    }
}
