using System.IO.Compression;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Cli;

/// <summary>Hostile and broken inputs, made at test time.</summary>
internal static class MalformedFiles
{
    public static byte[] BinaryJunk()
    {
        var bytes = new byte[64 * 1024];
        new Random(20200101).NextBytes(bytes);
        bytes[0] = 0x00;
        bytes[1] = 0xFF;
        return bytes;
    }

    /// <summary>A real DOCX written by Gongkai, cut off in the middle.</summary>
    public static byte[] TruncatedDocx()
    {
        var docx = ReportWriter.ToBytes(ZeroReport(2021), ReportOutputFormat.Docx);
        return docx[..(docx.Length / 2)];
    }

    /// <summary>A complete, consistent all-zero report of a city government office.</summary>
    public static AnnualReport ZeroReport(int year)
    {
        var definition = ReportFormats.ForYear(year);
        var sections = definition.Sections
            .Select(s => new ReportSection(s.Number, s.Numeral + "、", s.Title, s.Number == 6 ? [new ReportParagraph("本年度未收取信息处理费。")] : []))
            .ToList();
        return new AnnualReport("某市人民政府办公室", year, definition.Format, sections, definition.Cells.ToDictionary(c => c.Key, _ => CellValue.Of(0)));
    }

    /// <summary>A DOCX-shaped zip whose document part inflates a few hundred KB to 300 MB of zeros.</summary>
    public static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                document.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A 100 MB file (sparse where the file system allows): must be refused by its size alone.</summary>
    public static string Huge(ScratchDirectory directory)
    {
        var path = Path.Combine(directory.Path, "huge.txt");
        using var stream = new FileStream(path, FileMode.CreateNew);
        stream.SetLength(100L * 1024 * 1024);
        return path;
    }
}
