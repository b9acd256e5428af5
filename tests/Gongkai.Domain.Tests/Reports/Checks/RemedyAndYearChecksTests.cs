using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Domain.Tests.Reports.Checks;

public class RemedyAndYearChecksTests
{
    public static TheoryData<CheckCase> RemedyCases => new()
    {
        new CheckCase("K4 kept: one 复议 upheld, one direct suit pending", ReportBuilder.For(2021)
            .With("remedies.cases.reconsideration_upheld", 1).With("remedies.cases.reconsideration_total", 1)
            .With("remedies.cases.litigation_direct_pending", 1).With("remedies.cases.litigation_direct_total", 1)),
        new CheckCase("K4: 行政复议 总计 is not 维持 + 纠正 + 其他 + 尚未审结", ReportBuilder.For(2021)
            .With("remedies.cases.reconsideration_corrected", 2).With("remedies.cases.reconsideration_total", 1),
            CheckRules.RemedyTotals),
        new CheckCase("K4: 复议后起诉 总计 left at 0", ReportBuilder.For(2020).With("remedies.cases.litigation_after_upheld", 1),
            CheckRules.RemedyTotals),
    };

    [Theory(DisplayName = "K4: each block of table 四 adds up to its 总计")]
    [MemberData(nameof(RemedyCases))]
    public void Checks_TableFour(CheckCase check) => check.Verify();

    public static TheoryData<CheckCase> CrossYearCases => new()
    {
        new CheckCase("K6 kept: last year's 结转下年度 is this year's 上年结转",
            () => ReportBuilder.For(2022).WithStillOpen(2).Build(), [], () => ReportBuilder.For(2021).WithStillOpen(2).Build()),
        new CheckCase("K6: 上年结转 differs from last year's 结转下年度",
            () => ReportBuilder.For(2022).Build(), [CheckRules.CarryOver], () => ReportBuilder.For(2021).WithStillOpen(1, "business").Build()),
        new CheckCase("K6: across the change of format (2020 → 2021)",
            () => ReportBuilder.For(2021).WithStillOpen(1).Build(), [CheckRules.CarryOver], () => ReportBuilder.For(2020).Build()),
        new CheckCase("K6: last year's report is not of the year before",
            () => ReportBuilder.For(2022).Build(), [CheckRules.CarryOver], () => ReportBuilder.For(2020).Build()),
        new CheckCase("K6 and K7 skipped without last year's report",
            () => ReportBuilder.For(2022).WithStillOpen(3).With("proactive.rules.in_force", 9).Build(), []),
        new CheckCase("K7 kept: 现行有效 = last year's + 制发 − 废止",
            () => ReportBuilder.For(2022).With("proactive.normative_documents.issued", 3).With("proactive.normative_documents.repealed", 1).With("proactive.normative_documents.in_force", 12).Build(),
            [], () => ReportBuilder.For(2021).With("proactive.normative_documents.in_force", 10).Build()),
        new CheckCase("K7: 现行有效 does not follow from last year's",
            () => ReportBuilder.For(2022).With("proactive.normative_documents.issued", 3).With("proactive.normative_documents.in_force", 20).Build(),
            [CheckRules.DocumentsInForce], () => ReportBuilder.For(2021).With("proactive.normative_documents.in_force", 10).Build()),
    };

    [Theory(DisplayName = "K6 carried-over applications and K7 documents in force, against last year's report")]
    [MemberData(nameof(CrossYearCases))]
    public void Checks_AgainstLastYear(CheckCase check) => check.Verify();

    [Fact(DisplayName = "K7 is a warning only; K6 is an error")]
    public void Severities()
    {
        var k7 = AnnualReportChecks.Run(
            ReportBuilder.For(2022).With("proactive.rules.in_force", 1).Build(),
            ReportBuilder.For(2021).Build());
        var k6 = AnnualReportChecks.Run(ReportBuilder.For(2022).Build(), ReportBuilder.For(2021).WithStillOpen(1).Build());

        Assert.Equal(FindingSeverity.Warning, Assert.Single(k7).Severity);
        Assert.All(k6, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Contains(k6, f => f.Message == "K6 二、上年结转（自然人列）为0，但2021年度报告的四、结转下年度继续办理为1");
    }
}
