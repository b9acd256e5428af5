using Gongkai.Domain.Letters;

namespace Gongkai.Domain.Tests.Letters;

public sealed class LetterNumberTests
{
    [Theory(DisplayName = "机关代字：配置了就用配置的，没有配置就用机关名称去掉“办事处”“人民政府”")]
    [InlineData("新建办", "新郑市新建路街道办事处", "新建办公开答〔2026〕3号")]
    [InlineData(" 郑政办 ", "郑州市人民政府办公室", "郑政办公开答〔2026〕3号")]
    [InlineData("", "新郑市新建路街道办事处", "新郑市新建路街道公开答〔2026〕3号")]
    [InlineData(null, "新郑市人民政府", "新郑市公开答〔2026〕3号")]
    public void AgencyCode_ConfiguredElseFromName(string? configured, string agencyName, string expected) =>
        Assert.Equal(expected, LetterNumber.Format(LetterNumber.AgencyCode(configured, agencyName), LetterKind.Reply, 2026, 3));

    [Theory(DisplayName = "机关代字只能由汉字组成、不超过十个字，否则发文字号会有歧义（GB/T 9704-2012 第7.2.4条）")]
    [InlineData("新建办", null)]
    [InlineData("新郑市新建路街道", null)]
    [InlineData("新建办2", "机关代字只能由汉字组成（例如“新建办”），不能含有“2”。")]
    [InlineData("新建〔办", "机关代字只能由汉字组成（例如“新建办”），不能含有“〔”。")]
    [InlineData("新 建办", "机关代字只能由汉字组成（例如“新建办”），不能含有“ ”。")]
    [InlineData("新郑市新建路街道办事处党政", "机关代字不能超过10个字。")]
    public void AgencyCodeProblem_NamesWhatIsWrong(string code, string? expected) =>
        Assert.Equal(expected, LetterNumber.AgencyCodeProblem(code));
}
