using System.Diagnostics;
using System.Text;
using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The facade: shape by content, and a clear Chinese message for what is not a report.</summary>
public class AnnualReportReaderTests
{
    [Theory(DisplayName = "The shape is recognised from the content, the extension only as a hint")]
    [InlineData("PK\u0003\u0004rest", "a.txt", ReportFileShape.Docx)]
    [InlineData("%PDF-1.7", "a.docx", ReportFileShape.Pdf)]
    [InlineData("  <!DOCTYPE html><html>", "a.txt", ReportFileShape.Html)]
    [InlineData("{\"agency\":1}", "a.txt", ReportFileShape.Json)]
    [InlineData("新郑市新建路街道办事处", "a.html", ReportFileShape.Text)]
    [InlineData("# 标题", "a.md", ReportFileShape.Markdown)]
    public void Detect_UsesContent(string content, string name, ReportFileShape expected) =>
        Assert.Equal(expected, AnnualReportReader.Detect(Encoding.UTF8.GetBytes(content), name));

    [Theory(DisplayName = "An empty or blank file is refused with 空")]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public void Empty_IsRefused(string content)
    {
        var error = Assert.Throws<UnreadableReportException>(() => AnnualReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "a.txt"));
        Assert.Contains("空", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Binary junk is refused as 二进制内容, not read as text")]
    public void BinaryJunk_IsRefused()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        var error = Assert.Throws<UnreadableReportException>(() => AnnualReportReader.Read(new MemoryStream(junk), "report.txt"));
        Assert.Contains("二进制", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A 100 MB file is refused quickly, before it is read")]
    public void HugeFile_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-huge-{Environment.ProcessId}.txt");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(100L * 1024 * 1024);
            }

            var watch = Stopwatch.StartNew();
            var error = Assert.Throws<UnreadableReportException>(() => AnnualReportReader.Read(path));
            Assert.Contains("文件过大", error.Message, StringComparison.Ordinal);
            Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact(DisplayName = "A stream that cannot seek is cut off at 50 MB")]
    public void HugeStream_IsCutOff()
    {
        using var stream = new UnseekableStream(60L * 1024 * 1024);
        var error = Assert.Throws<UnreadableReportException>(() => AnnualReportReader.Read(stream, "a.txt"));
        Assert.Contains("文件过大", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A missing file is named in the message")]
    public void MissingFile_IsRefused()
    {
        var error = Assert.Throws<UnreadableReportException>(() => AnnualReportReader.Read("/nonexistent/年报.txt"));
        Assert.Contains("年报.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Text that is no report gives no report and says so")]
    public void NotAReport_GivesNoReport()
    {
        var reading = AnnualReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("购物清单\n苹果\n香蕉\n")), "list.txt");
        Assert.Null(reading.Report);
        Assert.Contains(reading.Findings, f => f.RuleId == "STRUCTURE");
    }

    private sealed class UnseekableStream(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
