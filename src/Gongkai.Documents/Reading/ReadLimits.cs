namespace Gongkai.Documents.Reading;

/// <summary>
/// Structural limits applied to every report file before any parser sees it, so that a hostile file
/// is refused quickly instead of exhausting memory or time. One place for every reader and the facade.
/// </summary>
public static class ReadLimits
{
    /// <summary>The largest report file accepted, in bytes (50 MB). Real annual reports are well under 5 MB.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The largest total uncompressed size a DOCX package may declare (200 MB).</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>The highest compression ratio (uncompressed : compressed) allowed for a large zip entry.</summary>
    public const int MaxCompressionRatio = 100;

    /// <summary>
    /// Entries up to this uncompressed size may have any compression ratio: small XML parts of blank
    /// text compress very well without being hostile (4 MB).
    /// </summary>
    public const long CompressionRatioGraceBytes = 4L * 1024 * 1024;

    /// <summary>
    /// The largest uncompressed XML part of a DOCX (20 MB): the parser builds the whole part in memory,
    /// and a real report's document.xml is well under 2 MB.
    /// </summary>
    public const long MaxXmlPartBytes = 20L * 1024 * 1024;

    /// <summary>The most entries a DOCX package may have; a real one has a few dozen.</summary>
    public const int MaxZipEntries = 10_000;

    /// <summary>Message for a file over <see cref="MaxFileBytes"/>.</summary>
    public const string TooLargeMessage = "文件过大（超过 50 MB），不像是一份年度报告，无法读取";

    /// <summary>Message for an empty file.</summary>
    public const string EmptyMessage = "文件是空的（0 字节），没有可读取的内容";

    /// <summary>
    /// Reads the whole stream into memory, refusing an empty stream or one over
    /// <see cref="MaxFileBytes"/> without reading past the limit.
    /// </summary>
    /// <exception cref="UnreadableReportException">The stream is empty, too large or cannot be read.</exception>
    public static byte[] ReadBounded(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            if (stream.CanSeek)
            {
                var remaining = stream.Length - stream.Position;
                if (remaining > MaxFileBytes)
                {
                    throw new UnreadableReportException(TooLargeMessage);
                }
            }

            if (ReadKnownLength(stream) is { } exact)
            {
                return exact;
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    throw new UnreadableReportException(TooLargeMessage);
                }

                buffer.Write(chunk, 0, read);
            }

            if (buffer.Length == 0)
            {
                throw new UnreadableReportException(EmptyMessage);
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new UnreadableReportException("读取文件时出错，文件可能不完整或无法访问", ex);
        }
    }

    /// <summary>
    /// The rest of a seekable stream read straight into an array of its length (no chunk buffer, no
    /// copy); null when the stream cannot tell its length, is empty or over the limit, or does not
    /// end where its length says (the caller then reads it chunk by chunk and applies the limits).
    /// </summary>
    internal static byte[]? ReadKnownLength(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        var start = stream.Position;
        var remaining = stream.Length - start;
        if (remaining is <= 0 or > MaxFileBytes)
        {
            return null;
        }

        var bytes = new byte[remaining];
        var filled = 0;
        int read;
        while (filled < bytes.Length && (read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
        {
            filled += read;
        }

        if (filled == bytes.Length && stream.ReadByte() < 0)
        {
            return bytes;
        }

        stream.Position = start;
        return null;
    }
}
