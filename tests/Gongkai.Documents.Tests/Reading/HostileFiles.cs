using System.IO.Compression;
using System.Text;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Hostile and malformed files, generated at test time in a temporary folder.</summary>
public sealed class HostileFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-hostile-").FullName;

    public HostileFiles()
    {
        ValidDocx = TestDocx.Build(TestDocx.Para("一、总体情况"), TestDocx.Table(TestDocx.Row(TestDocx.Cell("1"))));
        Write("valid.docx", ValidDocx);
        Write("empty.docx", []);
        Write("junk.docx", Junk(64 * 1024, seed: 7));
        Write("pk-junk.docx", [.. "PK"u8, .. Junk(4096, seed: 8)]);
        Write("truncated-head.docx", ValidDocx[..10]);
        Write("truncated-half.docx", ValidDocx[..(ValidDocx.Length / 2)]);
        Write("truncated-tail.docx", ValidDocx[..^10]);
        Write("old-word.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Junk(4096, seed: 9)]);
        Write("not-word.docx", Zip(("xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook/>"))));
        Write("bad-xml.docx", WithDocumentXml("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"));
        Write("billion-laughs.docx", WithDocumentXml(BillionLaughs()));
        ZipBomb("bomb-300mb.docx", "word/document.xml", 300L * 1024 * 1024);
        ZipBomb("bomb-ratio.docx", "word/media/image1.png", 20L * 1024 * 1024);
        Sparse("huge-100mb.docx", 100L * 1024 * 1024);
        Write("xml-25mb.docx", WithDocumentXml(LargeDocumentXml(25 * 1024 * 1024)));
    }

    public byte[] ValidDocx { get; }

    public string PathOf(string name) => Path.Combine(_folder, name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(PathOf(name), bytes);

    private static byte[] Junk(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The valid test DOCX with its word/document.xml replaced.</summary>
    private byte[] WithDocumentXml(string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(ValidDocx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml").Open();
            entry.Write(Encoding.UTF8.GetBytes(xml));
        }

        return stream.ToArray();
    }

    /// <summary>A well-formed document.xml of incompressible text, larger than any real report.</summary>
    private static string LargeDocumentXml(int length)
    {
        var noise = new byte[length * 3 / 4];
        new Random(11).NextBytes(noise);
        return "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
            + Convert.ToBase64String(noise) + "</w:t></w:r></w:p></w:body></w:document>";
    }

    private static string BillionLaughs()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            xml.Append("<!ENTITY lol").Append(i).Append(" \"");
            for (var j = 0; j < 10; j++)
            {
                xml.Append("&lol").Append(i == 1 ? "" : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }

            xml.Append("\">");
        }

        return xml.Append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>").ToString();
    }

    /// <summary>A real DOCX plus one entry of zeros, written streaming (it compresses about 1000:1).</summary>
    private void ZipBomb(string name, string entryName, long zeros)
    {
        using var file = File.Create(PathOf(name));
        file.Write(ValidDocx);
        file.Position = 0;
        using var zip = new ZipArchive(file, ZipArchiveMode.Update);
        zip.GetEntry(entryName)?.Delete();
        using var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
        var block = new byte[1024 * 1024];
        for (long written = 0; written < zeros; written += block.Length)
        {
            entry.Write(block);
        }
    }

    /// <summary>A large file created sparse: a zip signature and noise at the start, zeros after.</summary>
    private void Sparse(string name, long length)
    {
        using var file = File.Create(PathOf(name));
        file.Write([.. "PK"u8, .. Junk(4094, seed: 10)]);
        file.SetLength(length);
    }
}
