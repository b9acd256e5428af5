using System.Text;
using Gongkai.Application.Agencies;
using Gongkai.Application.Persistence;
using Gongkai.Application.Reports;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Remedies;

namespace Gongkai.Application.Demo;

/// <summary>
/// The seed agency's 2020 records beyond its requests, from the seed report: table 二 (all 0 but
/// 政府集中采购 5 项, 1186.1878 万元), one lawsuit filed without reconsideration and upheld (table 四),
/// and the 2020 report published from them.
/// </summary>
internal static class DemoReports
{
    public const string Overview =
        "根据市委、市政府信息公开工作部署，我办事处贯彻落实、持续推进政府信息公开及其相关工作，按照“公开为原则、不公开为例外”的总体要求，把政府信息公开工作作为建设服务政府、透明政府、阳光政府的重要举措，做到积极稳妥，讲究时效，重视服务，信息真实，办理公正。\n"
        + "（一）妥善办理辖区群众提出的依申请公开工作。全年受理依申请公开1件，并严格按照条例规定的程序和期限答复。\n"
        + "（二）持续开展本年度政务公开工作培训。于2020年12月开展政府信息公开工作培训会。";

    public const string Problems =
        "一是政务信息公开的实效性还需进一步加强，典型推荐信息较少，动态信息较多。二是政务信息公开内容文字的准确性及审核方面有待加强。下一步，我们将继续完善长效工作机制，确保政府信息公开工作制度化、规范化。";

    public static void AddRecords(GongkaiDbContext db, Agency subdistrict, Guid? request2020)
    {
        db.Add(new AdminFigure { AgencyId = subdistrict.Id, Year = 2020, CellKey = "proactive.procurement.projects", Value = 5m });
        db.Add(new AdminFigure { AgencyId = subdistrict.Id, Year = 2020, CellKey = "proactive.procurement.amount", Value = 1186.1878m });
        db.Add(new RemedyCase
        {
            AgencyId = subdistrict.Id,
            RequestId = request2020,
            Kind = RemedyKind.LitigationDirect,
            FiledOn = new DateOnly(2020, 8, 3),
            DecidedOn = new DateOnly(2020, 11, 20),
            Result = RemedyResult.Upheld,
            Body = "新郑市人民法院",
        });
    }

    public static async Task PublishAsync(GongkaiDbContext db, ReportComposer composer, Agency subdistrict, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var narrative = new ReportNarrative(Overview, Problems, "无");
        var report = await composer.ComposeAsync(subdistrict, 2020, narrative, cancellationToken);
        db.Add(new AnnualReportVersion
        {
            AgencyId = subdistrict.Id,
            Year = 2020,
            Number = 1,
            Status = ReportStatus.Published,
            Overview = narrative.Overview,
            Problems = narrative.Problems,
            OtherMatters = narrative.OtherMatters,
            ApprovedBy = "新建路街道办事处主任",
            PublishedAt = now,
            PublishedJson = Encoding.UTF8.GetString(ReportWriter.ToBytes(report, ReportOutputFormat.Json)),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
