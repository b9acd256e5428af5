using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Requests;

public class ReceiptDateTests
{
    [Theory(DisplayName = "条例第三十一条：收到申请之日随提交方式而定")]
    [InlineData(RequestChannel.InPerson, "2024-03-01", null, null, "2024-03-01")] // (一) 当面提交：提交之日
    [InlineData(RequestChannel.Oral, "2024-03-01", null, null, "2024-03-01")] // 口头：如当面提交
    [InlineData(RequestChannel.Post, "2024-03-01", "2024-03-04", null, "2024-03-04")] // (二) 邮寄：签收之日
    [InlineData(RequestChannel.Post, "2024-03-01", null, "2024-03-05", "2024-03-05")] // (二) 平常信函：确认之日
    [InlineData(RequestChannel.Online, "2024-03-01", null, "2024-03-02", "2024-03-02")] // (三) 互联网：双方确认之日
    [InlineData(RequestChannel.Fax, "2024-03-01", null, "2024-03-01", "2024-03-01")] // (三) 传真：双方确认之日
    [InlineData(RequestChannel.Email, "2024-03-01", null, "2024-03-04", "2024-03-04")]
    public void ReceiptDate_ByChannel(RequestChannel channel, string submitted, string? signedFor, string? confirmed, string expected)
    {
        var evidence = new ReceiptEvidence(channel, D(submitted), signedFor is null ? null : D(signedFor), confirmed is null ? null : D(confirmed));
        Assert.Equal(D(expected), evidence.ReceiptDate().Value);
    }

    [Theory(DisplayName = "缺少签收或确认日期时不能确定收到申请之日")]
    [InlineData(RequestChannel.Post, "签收")]
    [InlineData(RequestChannel.Online, "双方确认")]
    [InlineData(RequestChannel.Fax, "双方确认")]
    public void ReceiptDate_NeedsTheConfirmingFact(RequestChannel channel, string reason)
    {
        var result = new ReceiptEvidence(channel, D("2024-03-01")).ReceiptDate();
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "确认日期不能早于提交日期")]
    public void ReceiptDate_NotBeforeSubmission() =>
        Assert.False(new ReceiptEvidence(RequestChannel.Online, D("2024-03-05"), null, D("2024-03-01")).ReceiptDate().IsSuccess);
}
