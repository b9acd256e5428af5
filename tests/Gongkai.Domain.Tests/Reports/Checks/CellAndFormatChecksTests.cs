using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Domain.Tests.Reports.Checks;

public class CellAndFormatChecksTests
{
    public static TheoryData<CheckCase> CellCases => new()
    {
        new CheckCase("K9 kept: 0 written as read, decimals in 万元, a negative 本年增/减", ReportBuilder.For(2020)
            .WithRead("requests.disclosed.business", "0", 0).WithRead("proactive.procurement.amount", "1186.1878", 1186.1878m)
            .With("proactive.licences.previous_year", 20).With("proactive.licences.change", -3)),
        new CheckCase("K9 kept: 本年收费金额 in 万元 with decimals (2021)", ReportBuilder.For(2021).With("proactive.fees.amount", 7.0487m)),
        new CheckCase("K9: a blank cell should be 0", ReportBuilder.For(2020).WithBlank("proactive.rules.new_made"), CheckRules.CellValues),
        new CheckCase("K9: \"70487元\" in a 万元 column", ReportBuilder.For(2021).WithRead("proactive.fees.amount", "70487元", null), CheckRules.CellValues),
        new CheckCase("K9: \"+19\" in 本年增/减", ReportBuilder.For(2020).WithRead("proactive.licences.change", "+19", 19), CheckRules.CellValues),
        new CheckCase("K9: a negative count", ReportBuilder.For(2021).With("proactive.penalties.decisions", -2), CheckRules.CellValues),
        new CheckCase("K9: a fraction of an application", ReportBuilder.For(2021).With("proactive.licences.decisions", 1.5m), CheckRules.CellValues),
        new CheckCase("K9: text that is no number", ReportBuilder.For(2021).WithRead("proactive.coercion.decisions", "若干", null), CheckRules.CellValues),
        new CheckCase("K9: a dash for nothing", ReportBuilder.For(2020).WithRead("proactive.coercion.decisions", "—", null), CheckRules.CellValues),
    };

    [Theory(DisplayName = "K9: cells hold non-negative whole numbers (万元 may have decimals, 本年增/减 may be negative); blanks should be 0")]
    [MemberData(nameof(CellCases))]
    public void Checks_CellValues(CheckCase check) => check.Verify();

    [Theory(DisplayName = "K9 names the raw text and how serious it is")]
    [InlineData(2021, "proactive.fees.amount", "70487元", FindingSeverity.Error, "本栏单位为万元，不是元，应填7.0487")]
    [InlineData(2021, "proactive.fees.amount", "7.0487万元", FindingSeverity.Warning, "本栏单位已是万元")]
    [InlineData(2020, "proactive.licences.change", "+19", FindingSeverity.Warning, "增加填正数（不加“+”号）")]
    [InlineData(2020, "proactive.licences.decisions", "+19", FindingSeverity.Warning, "应填不带符号的数字")]
    [InlineData(2021, "requests.disclosed.business", "3件", FindingSeverity.Warning, "不带单位")]
    [InlineData(2021, "requests.disclosed.business", "若干", FindingSeverity.Error, "无法识别为数字")]
    public void K9_Message_NamesRawText(int year, string key, string raw, FindingSeverity severity, string hint)
    {
        var report = ReportBuilder.For(year).WithRead(key, raw, null, line: 77).Build();

        var finding = Assert.Single(AnnualReportChecks.Run(report));

        Assert.Equal(severity, finding.Severity);
        Assert.Contains($"“{raw}”", finding.Message, StringComparison.Ordinal);
        Assert.Contains(hint, finding.Message, StringComparison.Ordinal);
        Assert.Equal(77, finding.Location.Source?.Line);
    }

    [Fact(DisplayName = "K9: a blank cell is a warning saying 应填0, a negative count an error")]
    public void K9_BlankAndNegative()
    {
        var blank = Assert.Single(AnnualReportChecks.Run(ReportBuilder.For(2020).WithBlank("requests.carried_over.other_org").Build()));
        var negative = Assert.Single(AnnualReportChecks.Run(ReportBuilder.For(2021).With("proactive.penalties.decisions", -2).Build()));

        Assert.Equal(FindingSeverity.Warning, blank.Severity);
        Assert.EndsWith("应填0", blank.Message, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Error, negative.Severity);
        Assert.Contains("（-2）", negative.Message, StringComparison.Ordinal);
    }

    public static TheoryData<CheckCase> FormatCases => new()
    {
        new CheckCase("K10 kept: a 2020 report on the 2019 trial format", ReportBuilder.For(2020, ReportFormat.Trial2019)),
        new CheckCase("K10 kept: a 2023 report on the 2021 format", ReportBuilder.For(2023, ReportFormat.Revised2021)),
        new CheckCase("K10: a 2021 report on the 2019 table", ReportBuilder.For(2021, ReportFormat.Trial2019), CheckRules.FormatVersion),
        new CheckCase("K10: a 2020 report on the 2021 table", ReportBuilder.For(2020, ReportFormat.Revised2021), CheckRules.FormatVersion),
        new CheckCase("K10: 第二十条第（九）项 in a 2021 report", ReportBuilder.For(2021).With("proactive.procurement.projects", 5), CheckRules.FormatVersion),
        new CheckCase("K10: the single 2019 （六）其他处理 row in a 2021 report", ReportBuilder.For(2022).With("requests.other.total", 0), CheckRules.FormatVersion),
    };

    [Theory(DisplayName = "K10: the report year decides the format (≤2020 60号, ≥2021 30号), and the formats do not mix")]
    [MemberData(nameof(FormatCases))]
    public void Checks_FormatVersion(CheckCase check) => check.Verify();

    [Fact(DisplayName = "K10 names the block of the other format")]
    public void K10_Message_NamesBlock()
    {
        var finding = Assert.Single(AnnualReportChecks.Run(ReportBuilder.For(2021).With("proactive.procurement.amount", 3).Build()));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("第二十条第（九）项", finding.Message, StringComparison.Ordinal);
        Assert.Contains("国办公开办函〔2019〕60号", finding.Message, StringComparison.Ordinal);
    }

    public static TheoryData<CheckCase> FeeCases => new()
    {
        new CheckCase("K11 kept: 未收取信息处理费", ReportBuilder.For(2021).WithSection(6, "本年度未收取信息处理费。")),
        new CheckCase("K11 kept: fees stated", ReportBuilder.For(2023).WithSection(6, "本年度发出收费通知2件，总金额0.02万元，实际收取0.02万元。")),
        new CheckCase("K11 kept: a 2020 report need not mention fees", ReportBuilder.For(2020).WithSection(6, "无")),
        new CheckCase("K11: section 六 says only 无 (2021)", ReportBuilder.For(2021).WithSection(6, "无"), CheckRules.ProcessingFees),
        new CheckCase("K11: section 六 is silent on fees", ReportBuilder.For(2022).WithSection(6, "本机关积极办理人大代表建议和政协提案。"), CheckRules.ProcessingFees),
        new CheckCase("K11: section 六 is missing", ReportBuilder.For(2022).WithoutSection(6), CheckRules.ProcessingFees, CheckRules.Structure),
    };

    [Theory(DisplayName = "K11: from 2021 (国办函〔2020〕109号) section 六 states the 信息处理费, or that none was charged")]
    [MemberData(nameof(FeeCases))]
    public void Checks_ProcessingFees(CheckCase check) => check.Verify();
}
