using System.Text;
using Gongkai.Application.Catalogue;

namespace Gongkai.Application.Tests.Catalogue;

public sealed class AttachmentPolicyTests
{
    [Theory(DisplayName = "附件按文件内容和扩展名核对类型")]
    [InlineData("通知.pdf", "%PDF-1.7 ...", "application/pdf")]
    [InlineData("报表.xlsx", "PK\u0003\u0004...", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("公告.ofd", "PK\u0003\u0004...", "application/ofd")]
    [InlineData("脚本.pdf", "<script>alert(1)</script>", null)]
    [InlineData("网页.html", "<html></html>", null)]
    [InlineData("压缩包.pdf", "PK\u0003\u0004...", null)]
    [InlineData("空.pdf", "", null)]
    public void ChecksContentAgainstExtension(string name, string content, string? expected)
    {
        var (type, refusal) = AttachmentPolicy.Check(name, Encoding.Latin1.GetBytes(content));
        Assert.Equal(expected, type);
        Assert.Equal(expected is null, refusal is not null);
    }

    [Fact(DisplayName = "附件超过 20 MB 被拒绝")]
    public void RefusesLargeFiles()
    {
        var big = new byte[AttachmentPolicy.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        Assert.Equal("附件不能超过 20 MB。", AttachmentPolicy.Check("大.pdf", big).Refusal);
    }

    [Theory(DisplayName = "附件名去掉路径和不安全字符")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\文件\\通知\".pdf", "通知.pdf")]
    [InlineData("\u0001", "附件")]
    public void SafeNames(string name, string expected) => Assert.Equal(expected, AttachmentPolicy.SafeName(name));
}
