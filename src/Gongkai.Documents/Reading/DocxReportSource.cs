using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Gongkai.Documents.Reading.Docx;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads a DOCX file into a <see cref="SourceDocument"/>: body paragraphs and tables in document
/// order (see <c>DocxBodyReader</c> and <c>DocxTableReader</c> for what is kept). The package is
/// checked against <see cref="ReadLimits"/> first (<c>DocxPackageGuard</c>); word/document.xml is then
/// streamed with an <see cref="XmlReader"/> that refuses DTDs, without building a document model.
/// </summary>
public static class DocxReportSource
{
    /// <summary>The <see cref="SourceDocument.Shape"/> of what this reader produces.</summary>
    public const string Shape = "docx";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Reads the whole stream as a DOCX file.</summary>
    /// <exception cref="UnreadableReportException">The file is not a readable Word document.</exception>
    public static SourceDocument Read(Stream stream) => Read(ReadLimits.ReadBounded(stream));

    /// <summary>Reads a DOCX file already in memory (at most <see cref="ReadLimits.MaxFileBytes"/>).</summary>
    internal static SourceDocument Read(byte[] bytes)
    {
        using var zip = DocxPackageGuard.Open(bytes);
        try
        {
            var document = Entry(zip, DocxPackageGuard.MainPart) ?? throw new UnreadableReportException(DocxPackageGuard.NotWordMessage);
            var parts = Related(zip);
            var numbering = new DocxNumbering(Load(zip, parts.Numbering), () => Load(zip, parts.Styles));
            var body = new DocxBodyReader(numbering);
            using var stream = document.Open();
            using var reader = XmlReader.Create(stream, DocxXml.Settings);
            if (!body.Read(reader, out var blocks))
            {
                throw new UnreadableReportException(DocxPackageGuard.NotWordMessage);
            }

            return new SourceDocument(blocks, Shape) { ExtractionNotes = body.Notes };
        }
        catch (Exception ex) when (ex is not UnreadableReportException)
        {
            throw new UnreadableReportException("DOCX 文件无法解析，内容不符合 Word 文档格式", ex);
        }
    }

    /// <summary>The numbering and styles parts named by word/_rels/document.xml.rels, as zip entry names.</summary>
    private static (string? Numbering, string? Styles) Related(ZipArchive zip)
    {
        var rels = Load(zip, "word/_rels/document.xml.rels");
        string? numbering = null, styles = null;
        foreach (var relationship in rels?.Root?.Elements(XName.Get("Relationship", RelationshipsNamespace)) ?? [])
        {
            var type = (string?)relationship.Attribute("Type") ?? string.Empty;
            var target = (string?)relationship.Attribute("Target");
            if (target is null || string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var entry = target.StartsWith('/') ? target[1..] : "word/" + target;
            if (type.EndsWith("/numbering", StringComparison.Ordinal))
            {
                numbering ??= entry;
            }
            else if (type.EndsWith("/styles", StringComparison.Ordinal))
            {
                styles ??= entry;
            }
        }

        return (numbering, styles);
    }

    /// <summary>A small XML part of the package, or null when the package does not have it.</summary>
    private static XDocument? Load(ZipArchive zip, string? name)
    {
        if (name is null || Entry(zip, name) is not { } entry)
        {
            return null;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, DocxXml.Settings);
        return XDocument.Load(reader);
    }

    /// <summary>A zip entry by name, ignoring case as package part names do.</summary>
    private static ZipArchiveEntry? Entry(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
}
