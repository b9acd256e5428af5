using System.Diagnostics;
using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Tests.Reading;

public class HostileDocxTests(HostileFiles files) : IClassFixture<HostileFiles>
{
    [Theory(DisplayName = "损坏、伪造或恶意的 DOCX 文件给出明确的中文说明，不崩溃、不挂起")]
    [InlineData("empty.docx", "文件是空的")]
    [InlineData("junk.docx", "DOCX 文件已损坏或不完整")]
    [InlineData("pk-junk.docx", "DOCX 文件已损坏或不完整")]
    [InlineData("truncated-head.docx", "DOCX 文件已损坏或不完整")]
    [InlineData("truncated-half.docx", "DOCX 文件已损坏或不完整")]
    [InlineData("truncated-tail.docx", "DOCX 文件已损坏或不完整")]
    [InlineData("old-word.doc", "旧版 Word（.doc）")]
    [InlineData("not-word.docx", "不是 Word 文档")]
    [InlineData("bad-xml.docx", "DOCX 文件无法解析")]
    [InlineData("billion-laughs.docx", "DOCX 文件无法解析")]
    [InlineData("bomb-300mb.docx", "DOCX 文件解压后过大，疑似压缩炸弹")]
    [InlineData("bomb-ratio.docx", "DOCX 文件解压后过大，疑似压缩炸弹")]
    [InlineData("huge-100mb.docx", "文件过大（超过 50 MB）")]
    [InlineData("xml-25mb.docx", "正文内容过大")]
    public void HostileFile_IsRefusedWithAClearMessage(string name, string expected)
    {
        var clock = Stopwatch.StartNew();
        using var stream = File.OpenRead(files.PathOf(name));

        var error = Assert.Throws<UnreadableReportException>(() => DocxReportSource.Read(stream));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact(DisplayName = "不可定位的流超过 50 MB 时读到上限即停止")]
    public void UnseekableStream_StopsAtTheLimit()
    {
        using var stream = new UnseekableStream(ReadLimits.MaxFileBytes + 1);

        var error = Assert.Throws<UnreadableReportException>(() => DocxReportSource.Read(stream));

        Assert.Contains("文件过大", error.Message, StringComparison.Ordinal);
        Assert.InRange(stream.Served, ReadLimits.MaxFileBytes, ReadLimits.MaxFileBytes + (1024 * 1024));
    }

    [Fact(DisplayName = "同一测试文件未被篡改时可以正常读取（对照）")]
    public void ValidFile_IsRead()
    {
        using var stream = File.OpenRead(files.PathOf("valid.docx"));

        var document = DocxReportSource.Read(stream);

        Assert.Equal(2, document.Blocks.Count);
    }

    /// <summary>Serves zeros without telling its length, counting what was read.</summary>
    private sealed class UnseekableStream(long length) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            Array.Clear(buffer, offset, n);
            Served += n;
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
