namespace Gongkai.Application.Catalogue;

/// <summary>
/// Which files may be attached to a published item: PDF, OFD, Word, Excel, JPEG and PNG, at most
/// <see cref="MaxBytes"/>. The type is decided by the file's first bytes and must agree with its extension,
/// so a script renamed to .pdf is refused; the name is reduced to safe characters.
/// </summary>
public static class AttachmentPolicy
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type of an acceptable file, or a refusal in Chinese.</summary>
    public static (string? ContentType, string? Refusal) Check(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return (null, "附件是空文件。");
        }

        if (content.Length > MaxBytes)
        {
            return (null, "附件不能超过 20 MB。");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var type = extension switch
        {
            ".pdf" when content.StartsWith(Pdf) => "application/pdf",
            ".ofd" when content.StartsWith(Zip) => "application/ofd",
            ".docx" when content.StartsWith(Zip) => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx" when content.StartsWith(Zip) => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".jpg" or ".jpeg" when content.StartsWith(Jpeg) => "image/jpeg",
            ".png" when content.StartsWith(Png) => "image/png",
            _ => null,
        };
        return type is null
            ? (null, "只能上传 PDF、OFD、Word（.docx）、Excel（.xlsx）、JPEG 或 PNG 文件，且文件内容须与扩展名一致。")
            : (type, null);
    }

    /// <summary>The file name without folders and without characters unsafe in a download header.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var safe = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        return safe.Length == 0 ? "附件" : safe[..Math.Min(safe.Length, 150)];
    }
}
