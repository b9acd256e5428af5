using System.Diagnostics;
using System.Text;
using Gongkai.Documents.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Documents.Tests.Reading;

public class HostilePdfTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "empty", "文件是空的" },
        { "junk", "不是 PDF 文件" },
        { "header-then-junk", "PDF 文件已损坏或格式无法识别" },
        { "truncated", "PDF 文件已损坏或格式无法识别" },
        { "scanned", PdfReportSource.NoTextLayerMessage },
        { "encrypted", "PDF 文件已加密" },
    };

    [Theory(DisplayName = "损坏、加密或没有文字层的 PDF 给出明确的中文说明，不崩溃、不挂起")]
    [MemberData(nameof(Cases))]
    public void HostilePdf_IsRefusedWithAClearMessage(string name, string expected)
    {
        var bytes = Make(name);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<UnreadableReportException>(() => PdfReportSource.Read(new MemoryStream(bytes)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact(DisplayName = "超过 50 MB 的 PDF 不读取")]
    public void HugePdf_IsRefused()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            {
                file.Write("%PDF-1.7\n"u8);
                file.SetLength(100L * 1024 * 1024);
            }

            using var stream = File.OpenRead(path);
            var error = Assert.Throws<UnreadableReportException>(() => PdfReportSource.Read(stream));
            Assert.Contains("文件过大", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact(DisplayName = "画满数千条线的 PDF 页不当作表格，也不拖慢读取")]
    public void DenseGridOfLines_IsNotATable()
    {
        byte[] bytes;
        using (var pdf = new TestPdf())
        {
            pdf.Text("一、总体情况", 72, 800);
            // 2,400 lines 3 points apart: a grid of over a million cells.
            for (var i = 0; i < 1200; i++)
            {
                pdf.Box(40 + (i * 3), 40, 0.1, 3600);
                pdf.Box(40, 40 + (i * 3), 3600, 0.1);
            }

            bytes = pdf.Build();
        }

        var clock = Stopwatch.StartNew();
        var document = PdfReportSource.Read(new MemoryStream(bytes));

        Assert.Equal("一、总体情况", Assert.IsType<SourceParagraph>(Assert.Single(document.Blocks)).Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static byte[] Make(string name)
    {
        switch (name)
        {
            case "empty":
                return [];
            case "junk":
                var junk = new byte[8192];
                new Random(3).NextBytes(junk);
                return junk;
            case "header-then-junk":
                var rest = new byte[8192];
                new Random(4).NextBytes(rest);
                return [.. "%PDF-1.7\n"u8, .. rest];
            case "truncated":
                var whole = Scanned();
                return whole[..(whole.Length / 3)];
            case "scanned":
                return Scanned();
            case "encrypted":
                return Encrypted();
            default:
                throw new ArgumentOutOfRangeException(nameof(name));
        }
    }

    /// <summary>A page with a drawing and no text, as a scanner's image-only page reads.</summary>
    private static byte[] Scanned()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(72, 72), 400, 600, 1, fill: true);
        return builder.Build();
    }

    /// <summary>A minimal PDF whose trailer names a standard security handler with a user password.</summary>
    private static byte[] Encrypted()
    {
        var o = new string('A', 64);
        var u = new string('B', 64);
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <{o}> /U <{u}> >>",
        };
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
