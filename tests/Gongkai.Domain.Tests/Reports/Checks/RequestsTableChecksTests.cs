using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Domain.Tests.Reports.Checks;

public class RequestsTableChecksTests
{
    public static TheoryData<CheckCase> Cases => new()
    {
        new CheckCase("An all-zero report keeps K1–K5 (2020)", ReportBuilder.For(2020)),
        new CheckCase("An all-zero report keeps K1–K5 (2021)", ReportBuilder.For(2021)),
        new CheckCase("Applications disclosed, withheld and still open keep K1–K5", ReportBuilder.For(2021)
            .WithApplications("disclosed", 3).WithApplications("withheld_third_party", 1, "business")
            .WithApplications("other_fee_unpaid", 2, "legal_service_org").WithStillOpen(2)),
        new CheckCase("2019 （六）其他处理 is a disposition row too", ReportBuilder.For(2020).WithApplications("other", 2)),

        new CheckCase("K1: 一 + 二 ≠ 三（七）总计 + 四 in 自然人 and 总计", ReportBuilder.For(2021)
            .WithApplications("disclosed", 2).Add("requests.new_received.natural_person", 1).Add("requests.new_received.total", 1),
            CheckRules.RequestsBalance),
        new CheckCase("K1: 四、结转下年度 left out of the balance", ReportBuilder.For(2020)
            .WithApplications("partly_disclosed", 1).Add("requests.carried_over.natural_person", 1).Add("requests.carried_over.total", 1),
            CheckRules.RequestsBalance),

        new CheckCase("K2: a row's 总计 is not the sum of the six applicant columns", ReportBuilder.For(2021)
            .WithApplications("disclosed", 1).With("requests.disclosed.total", 2).With("requests.outcome_total.total", 2).With("requests.new_received.total", 2),
            CheckRules.RowTotals),

        new CheckCase("K3: （七）总计 is not the sum of the disposition rows", ReportBuilder.For(2021)
            .WithApplications("disclosed", 2).Add("requests.disclosed.natural_person", -1).Add("requests.disclosed.total", -1),
            CheckRules.DispositionTotal),
        new CheckCase("K3: a 2021 （六）3.其他 outcome left out of （七）总计", ReportBuilder.For(2022)
            .WithApplications("disclosed", 1).Add("requests.other_misc.natural_person", 1).Add("requests.other_misc.total", 1)
            .Add("requests.new_received.natural_person", 1).Add("requests.new_received.total", 1),
            CheckRules.DispositionTotal, CheckRules.RequestsBalance),

        new CheckCase("K5: a 部分公开 case also counted under 不予公开 exceeds the applications", ReportBuilder.For(2021)
            .WithApplications("partly_disclosed", 1).Add("requests.withheld_third_party.natural_person", 1).Add("requests.withheld_third_party.total", 1)
            .Add("requests.outcome_total.natural_person", 1).Add("requests.outcome_total.total", 1),
            CheckRules.SingleCount, CheckRules.RequestsBalance),
    };

    [Theory(DisplayName = "Table 三 arithmetic: K1 (printed in the header), K2 row totals, K3 （七）总计, K5 single count")]
    [MemberData(nameof(Cases))]
    public void Checks_TableThree(CheckCase check) => check.Verify();

    [Fact(DisplayName = "K1 names the column, the rows and the numbers")]
    public void K1_Message_NamesColumnAndFigures()
    {
        var report = ReportBuilder.For(2020)
            .With("requests.new_received.natural_person", 3).With("requests.carried_over.natural_person", 1)
            .With("requests.disclosed.natural_person", 2).With("requests.outcome_total.natural_person", 2)
            .With("requests.carried_forward.natural_person", 1)
            .With("requests.new_received.total", 3).With("requests.carried_over.total", 1)
            .With("requests.disclosed.total", 2).With("requests.outcome_total.total", 2).With("requests.carried_forward.total", 1)
            .Build();

        var findings = AnnualReportChecks.Run(report);

        Assert.All(findings, f => Assert.Equal(CheckRules.RequestsBalance, f.RuleId));
        Assert.Contains(findings, f => f.Message == "K1 勾稽关系不成立（自然人列）：一（3）+ 二（1）= 4，但 三（七）总计（2）+ 四（1）= 3");
        Assert.Contains(findings, f => f.Message.Contains("（总计列）", StringComparison.Ordinal));
        var first = findings[0];
        Assert.Equal(FindingSeverity.Error, first.Severity);
        Assert.Equal(3, first.Location.Section);
        Assert.Equal(CellKey.Parse("requests.outcome_total.natural_person"), first.Location.Cell);
    }

    [Fact(DisplayName = "A finding points at the place the value was read")]
    public void Finding_CarriesSourceOfCellRead()
    {
        var report = ReportBuilder.For(2021).WithApplications("disclosed", 1).WithRead("requests.disclosed.total", "2", 2, line: 131).Build();

        var finding = Assert.Single(AnnualReportChecks.Run(report), f => f.RuleId == CheckRules.RowTotals);

        Assert.Equal(131, finding.Location.Source?.Line);
        Assert.Contains("（一）予以公开", finding.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "An unreadable cell is named by K9 and left out of the arithmetic")]
    public void UnreadableCell_DoesNotCascade()
    {
        var report = ReportBuilder.For(2021).WithApplications("disclosed", 2).WithRead("requests.disclosed.natural_person", "二件", null).Build();

        var findings = AnnualReportChecks.Run(report);

        Assert.Equal([CheckRules.CellValues], findings.Select(f => f.RuleId).Distinct());
    }
}
