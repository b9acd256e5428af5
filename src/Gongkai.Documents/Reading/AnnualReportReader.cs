using Gongkai.Documents.Json;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads an annual report from a file of any supported shape: the shape is recognised from the
/// content (PK zip → DOCX, %PDF → PDF, '&lt;' → HTML, '{' → JSON, else text), the extension only breaks
/// ties. Files that cannot be read at all throw <see cref="UnreadableReportException"/> with a Chinese
/// message; everything else becomes findings.
/// </summary>
public static class AnnualReportReader
{
    /// <summary>The largest file read (<see cref="ReadLimits.MaxFileBytes"/>); larger files are refused before they are read.</summary>
    public const long MaxBytes = ReadLimits.MaxFileBytes;

    /// <summary>Reads the report in a file.</summary>
    /// <exception cref="UnreadableReportException">The file is missing, empty, too large or not a report.</exception>
    public static ReportReading Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new UnreadableReportException($"文件不存在：{Path.GetFileName(path)}");
            }

            CheckSize(info.Length);
            using var stream = info.OpenRead();
            return Read(stream, info.Name);
        }
        catch (IOException e)
        {
            throw new UnreadableReportException($"无法打开文件：{e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnreadableReportException("无权读取该文件", e);
        }
    }

    /// <summary>Reads the report in a stream; <paramref name="fileName"/> gives the extension as a hint.</summary>
    /// <exception cref="UnreadableReportException">The content is empty, too large or not a report.</exception>
    public static ReportReading Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            CheckSize(stream.Length - stream.Position);
        }

        var bytes = ReadAtMost(stream);
        var shape = Detect(bytes, fileName, out var whole);
        if (shape == ReportFileShape.Json)
        {
            // The canonical JSON is the report itself, keyed by cell: nothing to interpret.
            var report = CanonicalJsonReport.Read(bytes);
            return new ReportReading(report, [], new SourceDocument([], "json"));
        }

        var document = shape switch
        {
            // A file no longer than the head was decoded whole to detect its shape: not decoded again.
            ReportFileShape.Text => whole is not null ? TextReportSource.ReadText(whole) : TextReportSource.Read(bytes),
            ReportFileShape.Markdown => MarkdownReportSource.Read(bytes),
            ReportFileShape.Html => HtmlReportSource.Read(bytes),
            ReportFileShape.Docx => DocxReportSource.Read(bytes),
            ReportFileShape.Pdf => PdfReportSource.Read(new MemoryStream(bytes, writable: false)),
            _ => throw new UnreadableReportException("暂不支持该文件类型"),
        };
        return ReportInterpreter.Interpret(document);
    }

    /// <summary>The shape of a file from its first bytes; the extension decides only between text shapes.</summary>
    /// <exception cref="UnreadableReportException">The content is empty or binary.</exception>
    public static ReportFileShape Detect(ReadOnlySpan<byte> bytes, string? fileName) => Detect(bytes, fileName, out _);

    /// <summary>
    /// The shape, and the whole text when the head decoded for the detection was the whole file (decoded
    /// without a cut and looking like text, as <see cref="TextReportSource.Read"/> requires); else null.
    /// </summary>
    private static ReportFileShape Detect(ReadOnlySpan<byte> bytes, string? fileName, out string? whole)
    {
        whole = null;
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (bytes.IsEmpty)
        {
            throw new UnreadableReportException(ReadLimits.EmptyMessage);
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return ReportFileShape.Docx;
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            return ReportFileShape.Pdf;
        }

        var head = Head(bytes, out var complete);
        if (head is null)
        {
            throw new UnreadableReportException(bytes.StartsWith("PK"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])
                ? "不是可识别的年报文件（旧版 Word .doc 或其他压缩格式，请另存为 .docx）"
                : "不是可识别的年报文件（二进制内容）");
        }

        var start = head.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            throw new UnreadableReportException("文件只有空白，没有可读取的内容");
        }

        var first = start[0];
        whole = complete ? head : null;

        return first switch
        {
            '<' => ReportFileShape.Html,
            '{' => ReportFileShape.Json,
            _ when extension is ".md" or ".markdown" => ReportFileShape.Markdown,
            _ when extension is ".html" or ".htm" or ".shtml" && head.Contains('<', StringComparison.Ordinal) => ReportFileShape.Html,
            _ => ReportFileShape.Text,
        };
    }

    private static void CheckSize(long length)
    {
        if (length > MaxBytes)
        {
            throw new UnreadableReportException(ReadLimits.TooLargeMessage);
        }

        if (length == 0)
        {
            throw new UnreadableReportException(ReadLimits.EmptyMessage);
        }
    }

    private static byte[] ReadAtMost(Stream stream)
    {
        if (ReadLimits.ReadKnownLength(stream) is { } exact)
        {
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new UnreadableReportException(ReadLimits.TooLargeMessage);
            }
        }

        if (buffer.Length == 0)
        {
            throw new UnreadableReportException(ReadLimits.EmptyMessage);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The first few KB decoded, or null when they are binary in every candidate encoding;
    /// <paramref name="complete"/> when that is the whole file, decoded without a cut.
    /// </summary>
    private static string? Head(ReadOnlySpan<byte> bytes, out bool complete)
    {
        var length = Math.Min(bytes.Length, 4096);
        if (length < bytes.Length && ReportTextDecoder.FromBom(bytes) is null or { Length: 3 })
        {
            // Cut before a UTF-8 continuation byte, so that a UTF-8 file's head decodes as it is: a
            // character cut in two made the strict decoders throw (slow) before DecodeCut retried.
            for (var back = 0; back < 3 && length > 1 && (bytes[length] & 0xC0) == 0x80; back++)
            {
                length--;
            }
        }

        var head = bytes[..length];
        var text = ReportTextDecoder.Decode(head);
        complete = text is not null && length == bytes.Length;
        text ??= DecodeCut(head);
        return text is not null && ReportTextDecoder.LooksLikeText(text) ? text : null;
    }

    /// <summary>A head cut in the middle of a multi-byte character: drop up to three bytes and retry.</summary>
    private static string? DecodeCut(ReadOnlySpan<byte> head)
    {
        for (var cut = 1; cut <= 3 && cut < head.Length; cut++)
        {
            if (ReportTextDecoder.Decode(head[..^cut]) is { } text)
            {
                return text;
            }
        }

        return null;
    }
}
