using System.IO.Compression;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Inspects a DOCX package's zip structure before the Open XML SDK parses it: refuses a truncated or
/// corrupt zip, a zip bomb (by declared sizes and ratios; .NET's inflater stops at the declared size),
/// an old binary .doc or encrypted document, and a zip that is not a Word document.
/// </summary>
internal static class DocxPackageGuard
{
    internal const string CorruptMessage = "DOCX 文件已损坏或不完整";
    internal const string BombMessage = "DOCX 文件解压后过大，疑似压缩炸弹";
    internal const string XmlTooLargeMessage = "DOCX 文件的正文内容过大（解压后超过 20 MB），不像是一份年度报告，无法读取";
    internal const string NotWordMessage = "不是 Word 文档（DOCX 包中没有 word/document.xml）";
    internal const string CompoundFileMessage = "这是旧版 Word（.doc）文件或加密（有密码保护）的文档，无法读取；请去掉密码并另存为 .docx";

    // OLE compound file signature: legacy .doc and password-protected Office files.
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The main document part's entry name; a package without it is not read.</summary>
    internal const string MainPart = "word/document.xml";

    /// <summary>Checks the package and returns it opened for reading (the caller disposes it); throws <see cref="UnreadableReportException"/> when it is refused.</summary>
    public static ZipArchive Open(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            throw new UnreadableReportException(CompoundFileMessage);
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new UnreadableReportException(CorruptMessage + "（不是 zip 格式）");
        }

        try
        {
            var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            try
            {
                CheckEntries(zip);
                return zip;
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableReportException(CorruptMessage, ex);
        }
        catch (NotSupportedException ex)
        {
            throw new UnreadableReportException(CorruptMessage, ex);
        }
    }

    private static void CheckEntries(ZipArchive zip)
    {
        if (zip.Entries.Count > ReadLimits.MaxZipEntries)
        {
            throw new UnreadableReportException(BombMessage);
        }

        long total = 0;
        var hasDocument = false;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > ReadLimits.MaxUncompressedBytes)
            {
                throw new UnreadableReportException(BombMessage);
            }

            if (entry.Length > ReadLimits.CompressionRatioGraceBytes
                && entry.Length > (long)ReadLimits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
            {
                throw new UnreadableReportException(BombMessage);
            }

            if (entry.Length > ReadLimits.MaxXmlPartBytes
                && (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                throw new UnreadableReportException(XmlTooLargeMessage);
            }

            hasDocument |= string.Equals(entry.FullName, MainPart, StringComparison.OrdinalIgnoreCase);
        }

        if (!hasDocument)
        {
            throw new UnreadableReportException(NotWordMessage);
        }
    }
}
