using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Domain.Tests.Reports.Checks;

public class StructureChecksTests
{
    public static TheoryData<CheckCase> Cases => new()
    {
        new CheckCase("Six sections, in order, titled and numbered as the format", ReportBuilder.For(2021)),
        new CheckCase("A small wording difference in a title is tolerated", ReportBuilder.For(2021).WithTitle(3, "收到和处理政府信息申请情况")),
        new CheckCase("A nested list （一）… 1. … 2. … （二） is consistent", ReportBuilder.For(2021).WithSection(1,
            "（一）主动公开", "1.规范性文件", "2.政策解读", "（二）依申请公开", "1.办理情况")),
        new CheckCase("A section is missing", ReportBuilder.For(2021).WithoutSection(5), CheckRules.Structure),
        new CheckCase("Sections out of order", ReportBuilder.For(2021).InOrder(1, 2, 4, 3, 5, 6), CheckRules.Structure),
        new CheckCase("A title that says something else", ReportBuilder.For(2021).WithTitle(5, "下一步工作打算"), CheckRules.Structure),
        new CheckCase("\"1、\" among \"二、…六、\"", ReportBuilder.For(2020).WithMarker(1, "1、"), CheckRules.Structure),
        new CheckCase("A numeral that does not match the section's place", ReportBuilder.For(2020).WithMarker(4, "三、"), CheckRules.Structure),
        new CheckCase("（1）（2）（3） then （四）", ReportBuilder.For(2020).WithSection(1, "总体说明。", "（1） 甲。", "（2） 乙。", "（3） 丙。", "（四）丁。"), CheckRules.Structure),
    };

    [Theory(DisplayName = "Structure: six sections of Art. 50, in order, with the format's titles and consistent numbering")]
    [MemberData(nameof(Cases))]
    public void Checks_Structure(CheckCase check) => check.Verify();

    [Fact(DisplayName = "Each numbering inconsistency is one warning, at the place it occurs")]
    public void Numbering_OneWarningEach()
    {
        var report = ReportBuilder.For(2020).WithMarker(1, "1、").WithMarker(5, "5、")
            .WithSection(1, "总体说明。", "（1） 甲。", "（2） 乙。", "（3） 丙。", "（四）丁。").Build();

        var findings = AnnualReportChecks.Run(report);

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal((CheckRules.Structure, FindingSeverity.Warning), (f.RuleId, f.Severity)));
        Assert.Equal([1, 1, 5], findings.Select(f => f.Location.Section ?? 0).Order());
        Assert.Contains(findings, f => f.Message.Contains("“1、”", StringComparison.Ordinal) && f.Location.Source?.Line == 10);
        Assert.Contains(findings, f => f.Message.Contains("“（1）”“（2）”“（3）”", StringComparison.Ordinal)
            && f.Message.Contains("“（四）”", StringComparison.Ordinal) && f.Location.Source?.Line == 15);
    }

    [Theory(DisplayName = "Titles: equal after spacing and punctuation, or within a small edit distance")]
    [InlineData("总体情况", "总体情况", true)]
    [InlineData(" 总 体 情 况 ", "总体情况", true)]
    [InlineData("政府信息公开行政复议和行政诉讼情况", "政府信息公开行政复议、行政诉讼情况", true)]
    [InlineData("存在的主要问题和改进情况", "存在的主要问题及改进情况", true)]
    [InlineData("工作亮点", "其他需要报告的事项", false)]
    public void Titles_AreMatchedTolerantly(string written, string expected, bool matches) =>
        Assert.Equal(matches, SectionOutlineCheck.TitleMatches(written, expected));
}
