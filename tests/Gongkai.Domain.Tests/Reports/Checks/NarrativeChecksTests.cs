using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Domain.Tests.Reports.Checks;

public class NarrativeChecksTests
{
    public static TheoryData<CheckCase> FigureCases => new()
    {
        new CheckCase("K8 kept: the seed's 108 = 96 + 12", ReportBuilder.For(2020).WithSection(1,
            "（1） 主动公开信息情况。2020年，我办事处以郑州市政务服务网和新郑市人民政府网站为主要平台，共主动公开各类政府信息108条，其中郑州市政务服务网发布96条，新郑市政府门户网站发布12条，夯实了我街道对外公开的基础。")),
        new CheckCase("K8: channels that do not add up to the whole", ReportBuilder.For(2021).WithSection(1,
            "全年共主动公开政府信息108条，其中门户网站发布90条，政务微信发布12条。"), CheckRules.NarrativeFigures),
        new CheckCase("K8 kept: a partial list after 其中 may be smaller than the whole", ReportBuilder.For(2021).WithSection(1,
            "全年共发布信息500条，其中政策解读20条，图片新闻30条。")),
        new CheckCase("K8 kept: the list after 其中 covers the carried-over applications too", ReportBuilder.For(2021).WithApplications("disclosed", 2)
            .Add("requests.carried_over.natural_person", 1).Add("requests.carried_over.total", 1)
            .Add("requests.unable_not_held.natural_person", 1).Add("requests.unable_not_held.total", 1)
            .Add("requests.outcome_total.natural_person", 1).Add("requests.outcome_total.total", 1).WithSection(1,
            "全年共收到政府信息公开申请2件，上年结转1件，其中予以公开2件，无法提供1件。")),
        new CheckCase("K8 kept: a nested list after 其中 is not a partition", ReportBuilder.For(2021).WithApplications("disclosed", 7).WithApplications("withheld_state_secret", 1).WithApplications("withheld_third_party", 2).WithSection(1,
            "全年新收政府信息公开申请10件，其中予以公开7件，不予公开3件，属于国家秘密1件，保护第三方合法权益2件。")),
        new CheckCase("K8: parts larger than the whole", ReportBuilder.For(2021).WithSection(1,
            "全年共发布信息50条，其中政策解读20条，图片新闻40条。"), CheckRules.NarrativeFigures),
        new CheckCase("K8 kept: the seed's 全年受理依申请公开1件 matches table 三", ReportBuilder.For(2020).WithApplications("disclosed").WithSection(1,
            "为切实保障人民群众的知情权、参与权和监督权，全年受理依申请公开1件，并严格按照条例规定的程序和期限答复；")),
        new CheckCase("K8: 收到政府信息公开申请 differs from 一、本年新收", ReportBuilder.For(2021).WithApplications("disclosed", 2).WithSection(1,
            "2021年共收到政府信息公开申请5件。"), CheckRules.NarrativeFigures),
        new CheckCase("K8 kept: 共受理 including last year's carried-over applications", ReportBuilder.For(2021).WithApplications("disclosed", 2).WithStillOpen(1).WithSection(1,
            "2021年共受理政府信息公开申请3件（含上年结转1件），结转下年度继续办理1件。")),
        new CheckCase("K8: 上年结转 differs from table 三", ReportBuilder.For(2021).WithApplications("disclosed", 2).WithSection(1,
            "本年新收政府信息公开申请2件，上年结转政府信息公开申请1件。"), CheckRules.NarrativeFigures),
        new CheckCase("K8: 未收到 applications, but the table has some", ReportBuilder.For(2021).WithApplications("disclosed", 1).WithSection(1,
            "本年度未收到政府信息公开申请。"), CheckRules.NarrativeFigures),
        new CheckCase("K8 kept: 予以公开 matches the table", ReportBuilder.For(2021).WithApplications("disclosed", 3).WithApplications("unable_not_held", 1).WithSection(1,
            "全年新收政府信息公开申请4件，其中予以公开3件，无法提供1件。")),
        new CheckCase("K8: 不予公开 stated, the table has none", ReportBuilder.For(2021).WithApplications("disclosed", 3).WithSection(1,
            "全年新收政府信息公开申请3件，其中予以公开2件，不予公开1件。"), CheckRules.NarrativeFigures),
        new CheckCase("K8 kept: 行政复议1件 matches table 四", ReportBuilder.For(2021)
            .With("remedies.cases.reconsideration_upheld", 1).With("remedies.cases.reconsideration_total", 1).WithSection(4,
            "本年度因政府信息公开被申请行政复议1件，结果维持。")),
        new CheckCase("K8: 行政诉讼 stated as 2, table 四 says 1", ReportBuilder.For(2021)
            .With("remedies.cases.litigation_direct_upheld", 1).With("remedies.cases.litigation_direct_total", 1).WithSection(1,
            "本年度发生政府信息公开行政诉讼2件。"), CheckRules.NarrativeFigures),
        new CheckCase("K8: 未发生行政复议、行政诉讼, but table 四 has a suit", ReportBuilder.For(2020)
            .With("remedies.cases.litigation_direct_upheld", 1).With("remedies.cases.litigation_direct_total", 1).WithSection(1,
            "全年未发生因政府信息公开引起的行政复议、行政诉讼。"), CheckRules.NarrativeFigures),
        new CheckCase("K8 kept: hotline and mailbox counts are not table figures", ReportBuilder.For(2020).WithSection(1,
            "2020年，我办事处共受理人民网舆情2条，市长信箱及市长热线217条，“云上新郑”APP问政平台市民问政件8起，均按时按要求进行回复，办结率100%，满意率100%。")),
    };

    [Fact(DisplayName = "A typical 2021 narrative that agrees with its tables yields no finding")]
    public void Typical2021Narrative_NoFinding()
    {
        var report = ReportBuilder.For(2021).WithAgency("某市自然资源和规划局")
            .WithApplications("disclosed", 6).WithApplications("disclosed", 1, "business").WithApplications("partly_disclosed", 2)
            .WithApplications("unable_not_held", 2).WithApplications("unable_not_held", 1, "business").WithApplications("not_processed_repeat", 1)
            .Add("requests.carried_over.natural_person", 1).Add("requests.carried_over.total", 1)
            .Add("requests.other_no_correction.natural_person", 1).Add("requests.other_no_correction.total", 1)
            .Add("requests.outcome_total.natural_person", 1).Add("requests.outcome_total.total", 1)
            .With("remedies.cases.reconsideration_upheld", 1).With("remedies.cases.reconsideration_total", 1)
            .WithSection(1,
                "2021年，我局坚持以公开为常态、不公开为例外，全面推进政务公开工作。",
                "（一）主动公开情况。全年共主动公开政府信息356条，其中政府网站公开320条，政务新媒体公开36条。",
                "（二）依申请公开情况。全年共收到政府信息公开申请13件，上年结转1件，已全部办结，其中予以公开7件，部分公开2件，无法提供3件，不予处理1件，其他处理1件，依申请公开按时答复率100%。",
                "（三）政府信息公开行政复议、行政诉讼情况。因政府信息公开被申请行政复议1件，结果维持，未发生行政诉讼。",
                "（四）平台建设。市长热线受理群众诉求1024件，办结率99.8%，满意率98%。")
            .WithSection(5, "一是公开内容不够全面；二是解读形式单一。下一步将加强培训，提升公开质量。")
            .WithSection(6, "本年度未收取信息处理费。本年度共办理人大代表建议15件、政协提案12件，办理结果均已公开。")
            .Build();

        Assert.Empty(AnnualReportChecks.Run(report));
    }

    [Theory(DisplayName = "K8: figures in the narrative equal the tables and add up among themselves")]
    [MemberData(nameof(FigureCases))]
    public void Checks_NarrativeFigures(CheckCase check) => check.Verify();

    public static TheoryData<CheckCase> PercentageCases => new()
    {
        new CheckCase("Plausibility kept: 答复率100% when every application was answered", ReportBuilder.For(2021).WithApplications("disclosed", 4).WithSection(1,
            "全年受理政府信息公开申请4件，依申请公开答复率100%。")),
        new CheckCase("Plausibility kept: 予以公开占比75%", ReportBuilder.For(2021).WithApplications("disclosed", 3).WithApplications("unable_not_held", 1).WithSection(1,
            "在办结的申请中，予以公开占比75%。")),
        new CheckCase("Plausibility kept: 33.3% to the decimal written", ReportBuilder.For(2021).WithApplications("disclosed", 1).WithApplications("unable_not_held", 2).WithSection(1,
            "依申请公开中予以公开的比例为33.3%。")),
        new CheckCase("Plausibility: 予以公开占比50% that no table ratio gives", ReportBuilder.For(2021).WithApplications("disclosed", 3).WithApplications("unable_not_held", 4).WithSection(1,
            "依申请公开中予以公开占比50%。"), CheckRules.Plausibility),
        new CheckCase("Plausibility kept: a change on last year is not a table ratio", ReportBuilder.For(2021).WithApplications("disclosed", 3).WithSection(1,
            "政府信息公开申请数量同比增长50%。")),
        new CheckCase("Plausibility kept: 办结率 and 满意率 of hotline items are ignored", ReportBuilder.For(2021).WithApplications("disclosed", 3).WithSection(1,
            "市长热线217条均按时回复，办结率100%，满意率99%。")),
    };

    [Theory(DisplayName = "Plausibility: a percentage about requests or remedies follows from the tables")]
    [MemberData(nameof(PercentageCases))]
    public void Checks_NarrativePercentages(CheckCase check) => check.Verify();

    public static TheoryData<CheckCase> RuleMakingCases => new()
    {
        new CheckCase("A 街道 with no 规章 is fine", ReportBuilder.For(2020).WithAgency("新郑市新建路街道办事处").With("proactive.normative_documents.new_made", 2)
            .With("proactive.normative_documents.new_published", 2).With("proactive.normative_documents.total_published", 2)),
        new CheckCase("A 街道 reporting 规章", ReportBuilder.For(2020).WithAgency("新郑市新建路街道办事处").With("proactive.rules.new_made", 1), CheckRules.Plausibility),
        new CheckCase("A 镇 reporting 规章", ReportBuilder.For(2021).WithAgency("某县城关镇人民政府").With("proactive.rules.in_force", 3), CheckRules.Plausibility),
        new CheckCase("A county department reporting 规章", ReportBuilder.For(2021).WithAgency("某县市场监督管理局").With("proactive.rules.issued", 1)
            .With("proactive.rules.in_force", 1), CheckRules.Plausibility),
        new CheckCase("A provincial government may report 规章", ReportBuilder.For(2021).WithAgency("河南省人民政府").With("proactive.rules.issued", 4)
            .With("proactive.rules.in_force", 80)),
    };

    [Theory(DisplayName = "Plausibility: 乡镇, 街道 and county bodies cannot make 规章 (《立法法》 Art. 91, 93)")]
    [MemberData(nameof(RuleMakingCases))]
    public void Checks_RuleMakingPower(CheckCase check) => check.Verify();
}
