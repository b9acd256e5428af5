using Gongkai.Documents.Reading.Interpretation;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The small rules the interpreter stands on: label normalisation, cell values, headings, titles.</summary>
public class ReadingTextTests
{
    [Theory(DisplayName = "Labels are normalised for matching: full-width, spaces, line breaks, punctuation, quotes, Traditional")]
    [InlineData("本年新\n制作数量", "本年新制作数量")]
    [InlineData("（三）不予公开", "三不予公开")]
    [InlineData("3.危及“三安全一稳定”", "3危及三安全一稳定")]
    [InlineData("3．危及\"三安全一稳定\"", "3危及三安全一稳定")]
    [InlineData("第二十条第（一）项", "第二十条第一项")]
    [InlineData("本年增/减", "本年增减")]
    [InlineData("\u00A0规\u3000章 ", "规章")]
    [InlineData("屬於國家秘密", "属于国家秘密")]
    [InlineData("政府資訊公開", "政府信息公开")]
    [InlineData("１．本機關不掌握相關政府資訊", "1本机关不掌握相关政府信息")]
    public void Normalize_FoldsVariants(string written, string expected) => Assert.Equal(expected, LabelText.Normalize(written));

    [Theory(DisplayName = "Cell values: numbers parsed, raw kept; blanks stay blank; units and dashes stay unreadable")]
    [InlineData("0", "0", false, false)]
    [InlineData(" 0\u00A0", "0", false, false)]
    [InlineData("１２", "12", false, false)]
    [InlineData("1,186.1878", "1186.1878", false, false)]
    [InlineData("-3", "-3", false, false)]
    [InlineData("－3", "-3", false, false)]
    [InlineData("+19", "19", false, false)]
    [InlineData("", null, true, false)]
    [InlineData("\u00A0", null, true, false)]
    [InlineData("70487元", null, false, true)]
    [InlineData("—", null, false, true)]
    [InlineData("1,18", null, false, true)]
    public void Read_KeepsBlankApartFromZero(string raw, string? number, bool blank, bool unreadable)
    {
        var value = CellText.Read(raw, new SourceLocation(Line: 7));
        Assert.Equal(number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(blank, value.IsBlank);
        Assert.Equal(unreadable, value.IsUnreadable);
        Assert.Equal(7, value.Source!.Line);
        Assert.Equal(raw, value.Source.RawText);
    }

    [Theory(DisplayName = "Section headings: the number from the title, the marker as written")]
    [InlineData("1、 总体情况", 1, "1、")]
    [InlineData("二、主动公开政府信息情况", 2, "二、")]
    [InlineData("三．收到和处理政府信息公开申请情况", 3, "三．")]
    [InlineData("第四部分 政府信息公开行政复议、行政诉讼情况", 4, "第四部分")]
    [InlineData("5、 存在的主要问题及改进情况", 5, "5、")]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况", 5, "五、")]
    [InlineData("六、其他需要报告的事项", 6, "六、")]
    [InlineData("（六）其他需要报告的事项", 6, "（六）")]
    public void Heading_IsRecognised(string text, int number, string marker)
    {
        var heading = SectionHeading.TryRead(text);
        Assert.NotNull(heading);
        Assert.Equal((number, marker), (heading.Number, heading.Marker));
    }

    [Theory(DisplayName = "Narrative sub-headings are not taken for sections")]
    [InlineData("（1） 主动公开信息情况。2020年，我办事处共主动公开各类政府信息108条。")]
    [InlineData("（四）加强政府信息公开工作常态化管理。")]
    [InlineData("（一）主动公开")]
    [InlineData("2、依申请公开情况")]
    public void Subheading_IsNoSection(string text) => Assert.Null(SectionHeading.TryRead(text));

    [Theory(DisplayName = "Titles give the agency and the year, in the usual wordings")]
    [InlineData("新郑市新建路街道办事处2020年政府信息公开工作年度报告", "新郑市新建路街道办事处", 2020)]
    [InlineData("北京市海淀区人民政府2021年度政府信息公开工作年度报告", "北京市海淀区人民政府", 2021)]
    [InlineData("2022年成都市武侯区市场监督管理局政府信息公开工作年度报告", "成都市武侯区市场监督管理局", 2022)]
    [InlineData("江苏省生态环境厅２０２３年政府信息公开年度报告", "江苏省生态环境厅", 2023)]
    [InlineData("某某县人民政府2021年政府資訊公開工作年度報告", "某某县人民政府", 2021)]
    public void Title_GivesAgencyAndYear(string text, string agency, int year)
    {
        var title = ReportTitle.TryRead([text], 0, out _);
        Assert.Equal((agency, year), (title!.AgencyName, title.Year));
    }
}
