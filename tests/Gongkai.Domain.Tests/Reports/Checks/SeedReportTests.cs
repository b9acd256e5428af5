using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Domain.Tests.Reports.Checks;

/// <summary>
/// The seed (新郑市新建路街道办事处 2020, shared/seed/000_0c1537ba6dc89441.txt), built by hand with its
/// section texts and every figure: its only defects are the numbering ("1、" and "5、" among "二、…六、";
/// "（1）（2）（3）" then "（四）"), and no other rule may fire on it.
/// </summary>
public class SeedReportTests
{
    private static readonly string[] SectionOne =
    [
        "根据市委、市政府信息公开工作部署，我办事处贯彻落实、持续推进政府信息公开及其相关工作，按照“公开为原则、不公开为例外”的总体要求，把政府信息公开工作作为建设服务政府、透明政府、阳光政府的重要举措，做到积极稳妥，讲究时效，重视服务，信息真实，办理公正。",
        "（1） 主动公开信息情况。2020年，我办事处以郑州市政务服务网和新郑市人民政府网站为主要平台，共主动公开各类政府信息108条，其中郑州市政务服务网发布96条，新郑市政府门户网站发布12条，夯实了我街道对外公开的基础。",
        "（2） 妥善办理辖区群众提出的依申请公开工作及网络舆情工作。为切实保障人民群众的知情权、参与权和监督权，全年受理依申请公开1件，并严格按照条例规定的程序和期限答复；为确保群众诉求渠道畅通，我办事处安排专人定期对热线电话、邮箱进行维护，配合好上级开展政府公报，落实联络员制度，定期报送信息。2020年，我办事处共受理人民网舆情2条，市长信箱及市长热线217条，“云上新郑”APP问政平台市民问政件8起，均按时按要求进行回复，办结率100%，满意率100%。",
        "（3） 持续开展本年度政务公开工作培训。为扩大新条例的覆盖面和影响力，提升机关相关人员的工作能力和实际操作能力，我办事处按照年度计划，于2020年12月开展政府信息公开工作培训会，强化了业务人员对软件操作平台的全面认识，也为服务广大人民群众奠定了坚实的基础。",
        "（四）加强政府信息公开工作常态化管理。将政府信息公开工作纳入街道年度重点工作，分解政务公开重点任务，建立健全政府信息公开工作制度，欢迎群众对政府信息公开工作进行评议监督，强化责任追究，保障人民群众的监督权。2020年，未发生重大网络安全事件，未发生因不履行政务公开义务而发生的责任追究情况。",
    ];

    private const string SectionFive =
        "2020年，新建路街道政府信息公开工作稳步提升，取得了显著成效，但还存在一些不足：一是政务信息公开的实效性还需进一步加强，典型推荐信息较少，动态信息较多。二是政务信息公开内容文字的准确性及审核方面有待加强。下一步，我们将继续完善长效工作机制，在现有的政府信息公开工作基础上,不断总结经验,确保政府信息公开工作制度化、规范化,做到深入、持续、高效地开展政府信息公开工作。";

    internal static AnnualReport Seed()
    {
        var builder = ReportBuilder.For(2020)
            .WithAgency("新郑市新建路街道办事处")
            .WithMarker(1, "1、").WithSection(1, SectionOne)
            .WithMarker(5, "5、").WithSection(5, SectionFive)
            .WithSection(6, "无")
            // Table 二: all 0 (规章 and 规范性文件, 第（五）（六）（八）项) but 第（九）项 政府集中采购.
            .WithRead("proactive.rules.total_published", "[bookmark: _GoBack]0", 0, line: 25)
            .WithRead("proactive.fees.change", "0 ", 0, line: 74)
            .WithRead("proactive.procurement.projects", "5", 5, line: 83)
            .WithRead("proactive.procurement.amount", "1186.1878", 1186.1878m, line: 84)
            // Table 三: one application from a natural person, disclosed.
            .WithApplications("disclosed")
            // Table 四: one suit filed directly, judgment upheld.
            .With("remedies.cases.litigation_direct_upheld", 1)
            .With("remedies.cases.litigation_direct_total", 1);
        return builder.Build();
    }

    [Fact(DisplayName = "The seed has its figures: 1 application disclosed, 1 suit upheld, 5 purchases for 1186.1878 万元")]
    public void Seed_HasItsFigures()
    {
        var seed = Seed();

        Assert.Equal(1m, seed.Get(TableKeys.Requests, "new_received", "total").Number);
        Assert.Equal(1m, seed.Get(TableKeys.Requests, "disclosed", "natural_person").Number);
        Assert.Equal(1m, seed.Get(TableKeys.Requests, "outcome_total", "total").Number);
        Assert.Equal(1m, seed.Get(TableKeys.Remedies, "cases", "litigation_direct_total").Number);
        Assert.Equal(1186.1878m, seed.Get(TableKeys.Proactive, "procurement", "amount").Number);
        Assert.Equal(161 + 22 + 15, seed.Cells.Count);
    }

    [Fact(DisplayName = "The seed yields exactly its three numbering warnings and nothing else")]
    public void Seed_OnlyNumberingFindings()
    {
        var findings = AnnualReportChecks.Run(Seed());

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal((CheckRules.Structure, FindingSeverity.Warning), (f.RuleId, f.Severity)));
        Assert.Collection(
            findings,
            f => Assert.Contains("第一部分“总体情况”的编号写作“1、”", f.Message, StringComparison.Ordinal),
            f => Assert.Contains("前面是“（1）”“（2）”“（3）”，接着却写成“（四）”", f.Message, StringComparison.Ordinal),
            f => Assert.Contains("第五部分“存在的主要问题及改进情况”的编号写作“5、”", f.Message, StringComparison.Ordinal));
    }
}
