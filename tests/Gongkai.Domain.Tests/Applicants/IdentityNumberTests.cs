using Gongkai.Domain.Applicants;

namespace Gongkai.Domain.Tests.Applicants;

public class IdentityNumberTests
{
    [Theory(DisplayName = "GB 11643：校验码正确、出生日期有效的居民身份证号码")]
    [InlineData("11010519491231002X", "1949-12-31")] // the standard's example
    [InlineData("11010519491231002x", "1949-12-31")] // lower-case x accepted
    [InlineData("110101199003077758", "1990-03-07")]
    public void ResidentId_Valid(string number, string birth)
    {
        var id = ResidentIdNumber.Parse(number).Value;
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), id.BirthDate);
        Assert.Equal(number.ToUpperInvariant(), id.Value);
    }

    [Theory(DisplayName = "GB 11643：无效的居民身份证号码以中文说明原因，且不复述号码")]
    [InlineData("110105194912310021", "校验码不正确")]
    [InlineData("11010519491231002", "应为 18 位")]
    [InlineData("110105194913310020", "出生日期")]
    [InlineData("110105190002290023", "出生日期")] // 1900 is not a leap year
    [InlineData("440524188001010014", "出生日期")] // check digit right, but born before 1900
    [InlineData("1101051949123100AX", "前 17 位应为数字")]
    [InlineData("11010519491231002Y", "第 18 位")]
    public void ResidentId_Invalid(string number, string reason)
    {
        var result = ResidentIdNumber.Parse(number);
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(number[..10], result.Refusal, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "身份证号码对外只显示掩码")]
    public void ResidentId_IsMasked()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X").Value;
        Assert.Equal("1101************2X", id.ToString());
        Assert.Equal(id, ResidentIdNumber.Parse("11010519491231002x").Value);
    }

    [Theory(DisplayName = "GB 32100：校验码正确的统一社会信用代码")]
    [InlineData("91350100M000100Y43")] // the standard's example
    [InlineData("91110108551385082Q")]
    [InlineData("91440300708461136T")]
    [InlineData("121000004000003980")]
    [InlineData("91110108551385082q")] // lower case accepted
    public void CreditCode_Valid(string code) => Assert.True(UnifiedSocialCreditCode.Parse(code).IsSuccess);

    [Theory(DisplayName = "GB 32100：无效的统一社会信用代码以中文说明原因（字母表不含 I、O、Z、S、V）")]
    [InlineData("91350100M000100Y44", "校验码不正确")]
    [InlineData("91350100M000100Y4", "应为 18 位")]
    [InlineData("9135010OM000100Y43", "不允许的字符")]
    [InlineData("91350100M0001I0Y43", "不允许的字符")]
    [InlineData("91350100S000100Y43", "不允许的字符")]
    [InlineData("913A0100M000100Y43", "第 3–8 位")]
    public void CreditCode_Invalid(string code, string reason)
    {
        var result = UnifiedSocialCreditCode.Parse(code);
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "统一社会信用代码对外只显示掩码")]
    public void CreditCode_IsMasked() =>
        Assert.Equal("9135************43", UnifiedSocialCreditCode.Parse("91350100M000100Y43").Value.ToString());

    [Theory(DisplayName = "校验字符可独立计算")]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    public void ResidentId_CheckCharacter(string first17, char check) =>
        Assert.Equal(check, ResidentIdNumber.CheckCharacter(first17));
}
