using Gongkai.Documents.Reading.Pdf;

namespace Gongkai.Documents.Tests.Reading.Chromium;

public class IdeographVariantsTests
{
    [Theory(DisplayName = "PDF 文字层中的康熙部首、部首补充和兼容汉字还原为通用汉字")]
    [InlineData("\u2F8F政处罚", "行政处罚")] // ⾏ KANGXI RADICAL WALK ENCLOSURE
    [InlineData("规范性\u2F42件", "规范性文件")] // ⽂ KANGXI RADICAL SCRIPT
    [InlineData("\u2F06、主动公开", "二、主动公开")] // ⼆ KANGXI RADICAL TWO
    [InlineData("\u2EC5\u2EDA", "见页")] // ⻅⻚ C-SIMPLIFIED SEE, LEAF
    [InlineData("\uF909", "契")] // CJK COMPATIBILITY IDEOGRAPH-F909
    [InlineData("政府信息公开", "政府信息公开")]
    [InlineData("（www.gov.cn）", "（www.gov.cn）")]
    public void Unify_MapsLookAlikes(string text, string expected) =>
        Assert.Equal(expected, IdeographVariants.Unify(text));

    [Fact(DisplayName = "没有异体码位的文字原样返回，不复制")]
    public void Unify_WithoutVariants_ReturnsTheSameInstance()
    {
        var text = "本年新收政府信息公开申请数量";
        Assert.Same(text, IdeographVariants.Unify(text));
    }
}
