using System.Text;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads a report written as Markdown (headings, paragraphs, pipe tables with "group / label"
/// headers) into a <see cref="SourceDocument"/>. Flattened headers are unfolded again into merged
/// cells, and a table's blocks (each under its bold heading, e.g. **第二十条第（一）项**) are joined into
/// one table, as the form prints them.
/// </summary>
public static class MarkdownReportSource
{
    /// <summary>Reads Markdown bytes (UTF-8, with or without BOM).</summary>
    /// <exception cref="UnreadableReportException">The bytes are empty or not UTF-8 text.</exception>
    public static SourceDocument Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new UnreadableReportException(ReadLimits.EmptyMessage);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new UnreadableReportException("Markdown 文件不是 UTF-8 编码的文本，无法读取", ex);
        }

        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return new SourceDocument(MarkdownBlockParser.Parse(lines), "markdown");
    }
}
