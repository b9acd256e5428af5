using Gongkai.Domain.Letters;

namespace Gongkai.Domain.Tests.Letters;

public class RemedyClauseTests
{
    [Fact(DisplayName = "一般答复：60日内向复议机关申请行政复议，或者6个月内向人民法院起诉")]
    public void Ordinary_OffersBothRoutes() => Assert.Equal(
        "如对本答复不服，可以自收到本答复之日起60日内向新郑市人民政府申请行政复议，也可以自收到本答复之日起6个月内依法向人民法院提起行政诉讼。",
        RemedyClause.Compose("新郑市人民政府", reviewFirst: false, onlineChannel: null));

    [Fact(DisplayName = "不予公开：依行政复议法第二十三条先申请复议，复议决定后15日内起诉")]
    public void ReviewFirst_TellsTheApplicantToApplyForReviewFirst() => Assert.Equal(
        "如对本答复中不予公开的决定不服，依照《中华人民共和国行政复议法》第二十三条的规定，应当先自收到本答复之日起60日内向新郑市人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。",
        RemedyClause.Compose("新郑市人民政府", reviewFirst: true, onlineChannel: null));

    [Fact(DisplayName = "电子送达时写明网上复议渠道（行政复议法第二十二条第二款）")]
    public void Electronic_AddsTheOnlineChannel() => Assert.EndsWith(
        "行政复议申请也可以通过https://example.gov.cn/fy在线提出。",
        RemedyClause.Compose("新郑市人民政府", reviewFirst: false, onlineChannel: "https://example.gov.cn/fy"),
        StringComparison.Ordinal);

    [Theory(DisplayName = "成文日期用阿拉伯数字，年月日齐全，不编虚位")]
    [InlineData(2024, 3, 5, "2024年3月5日")]
    [InlineData(2026, 11, 25, "2026年11月25日")]
    public void ChineseDate_HasNoLeadingZeros(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ChineseDate.Format(new DateOnly(year, month, day)));

    [Theory(DisplayName = "发文字号：年份用六角括号，序号不编虚位、不加“第”")]
    [InlineData(LetterKind.Reply, 7, "新郑市新建路街道公开答〔2026〕7号")]
    [InlineData(LetterKind.CorrectionNotice, 12, "新郑市新建路街道公开补〔2026〕12号")]
    public void LetterNumber_FollowsGbt9704(LetterKind kind, int sequence, string expected) =>
        Assert.Equal(expected, LetterNumber.Format(LetterNumber.DefaultAgencyCode("新郑市新建路街道办事处"), kind, 2026, sequence));
}
