using Gongkai.Application.Agencies;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Application.Demo;

/// <summary>
/// The demo subdistrict's 法定主动公开内容 (Art. 20): two dozen items of the kinds a 街道办事处 publishes,
/// 2019–2022, each drafted, submitted and approved through <see cref="CatalogueDesk"/> on its own day, so
/// that it carries a real 索引号, audit entries and the Art. 26 timeliness flag (one item is late on
/// purpose). Enough for two pages of the public catalogue and for every browse filter to show something.
/// </summary>
internal static class DemoCatalogue
{
    private static readonly Item[] Items =
    [
        new("新建路街道办事处机构职能及联系方式", null, "A20-02", "01", new(2019, 3, 11), 3,
            "街道办事处的主要职能、内设机构、办公地址、办公时间和联系电话。",
            "新建路街道办事处负责本街道党的建设、经济发展、城市管理、社会事务和平安建设等工作。办公地址：新郑市人民路与阁老路交叉口东南角嫘祖城商业综合体；办公时间：工作日上午8:30—12:00，下午14:30—17:30；联系电话：0371-62593612。"),
        new("新建路街道2019年部门预算公开", "新建办〔2019〕6号", "A20-07", "04", new(2019, 3, 20), 5,
            "2019年部门收支预算总表、财政拨款收支预算表及“三公”经费预算情况说明。",
            "根据预算法及财政部门要求，现将新建路街道办事处2019年部门预算予以公开。2019年收支预算总额为一千二百余万元，“三公”经费预算较上年减少。"),
        new("关于做好2019年防汛工作的通知", "新建办〔2019〕15号", "A20-12", "10", new(2019, 5, 27), 2,
            "明确汛期值班、隐患排查和抢险物资储备要求。",
            "各社区、各科室：为切实做好2019年防汛工作，确保群众生命财产安全，现就有关事项通知如下：一、落实汛期二十四小时值班制度；二、开展低洼地段、危旧房屋隐患排查；三、储备抢险物资。"),
        new("新建路街道便民服务中心办事指南", null, "A20-05", "02", new(2019, 8, 5), 4,
            "便民服务中心可办理的事项、所需材料、办理流程和时限。",
            "便民服务中心集中办理城乡居民医疗保险参保登记、高龄津贴申请、最低生活保障申请受理、就业登记等事项。申请人可携带身份证件到服务大厅窗口办理。"),
        new("新建路街道2018年部门决算公开", null, "A20-07", "04", new(2019, 9, 2), 6,
            "2018年部门收入支出决算总表及“三公”经费支出情况说明。",
            "现将新建路街道办事处2018年部门决算予以公开，包括收入支出决算总表、财政拨款收入支出决算总表、一般公共预算财政拨款“三公”经费支出决算表。"),
        new("2019年第四季度安全生产检查情况通报", "新建办〔2019〕41号", "A20-13", "09", new(2019, 12, 20), 3,
            "检查生产经营单位86家，发现隐患23处，均已整改。",
            "第四季度，街道安全生产办公室会同各社区对九小场所、沿街商铺和建筑工地开展安全生产检查，共检查生产经营单位86家，发现并督促整改隐患23处。"),
        new("新建路街道突发事件总体应急预案", "新建办〔2020〕3号", "A20-12", "16", new(2020, 1, 13), 5,
            "突发事件的分级、组织指挥体系、预警、应急处置和善后工作。",
            "为提高街道应对突发事件的能力，最大程度减少突发事件造成的损失，制定本预案。本预案适用于本街道范围内自然灾害、事故灾难、公共卫生事件和社会安全事件的应对工作。"),
        new("新建路街道2020年部门预算公开", "新建办〔2020〕9号", "A20-07", "04", new(2020, 3, 23), 4,
            "2020年部门收支预算总表、财政拨款收支预算表及“三公”经费预算情况说明。",
            "现将新建路街道办事处2020年部门预算予以公开。严格落实过紧日子要求，压减一般性支出，“三公”经费预算继续下降。"),
        new("2020年城乡最低生活保障对象动态管理情况公示", null, "A20-11", "17", new(2020, 4, 16), 3,
            "本季度新纳入、退出最低生活保障的家庭户数及保障金额。",
            "根据最低生活保障动态管理规定，经入户调查、民主评议和审核审批，本季度新纳入最低生活保障家庭5户，退出3户，现予公示，公示期七日。"),
        new("新建路街道2020年政府集中采购项目实施情况", null, "A20-09", "04", new(2020, 12, 18), 6,
            "2020年实施政府集中采购项目5项，合同金额合计1186.1878万元。",
            "2020年，街道按照政府采购法规定实施政府集中采购项目5项，包括背街小巷道路提升、老旧管网更新、公共照明维修等，合同金额合计1186.1878万元，均已在政府采购网站公告采购结果。"),
        new("新建路街道老旧管网更新工程实施情况", null, "A20-10", "10", new(2020, 10, 9), 4,
            "工程批准文件、建设内容、进度及资金使用情况。",
            "老旧管网更新工程经市发展改革部门批准实施，更新供水管网3.2公里，已于2020年9月完工并通过验收。"),
        new("新建路街道2019年部门决算公开", null, "A20-07", "04", new(2020, 9, 4), 5,
            "2019年部门收入支出决算总表及“三公”经费支出情况说明。",
            "现将新建路街道办事处2019年部门决算予以公开。2019年“三公”经费支出低于预算，主要原因是严格控制公务接待和公务用车支出。"),
        new("关于开展2020年就业援助月活动的通知", "新建办〔2020〕2号", "A20-11", "15", new(2020, 1, 6), 2,
            "为就业困难人员和零就业家庭提供岗位信息和职业指导。",
            "为帮助就业困难人员和零就业家庭成员实现就业，街道将于1月至2月开展就业援助月活动，集中发布岗位信息，提供职业指导和职业介绍服务。"),
        new("2020年第三季度安全生产检查情况通报", "新建办〔2020〕37号", "A20-13", "09", new(2020, 10, 12), 3,
            "检查生产经营单位102家，发现隐患31处，已整改29处。",
            "第三季度共检查生产经营单位102家，发现隐患31处，已整改29处，其余2处已下达限期整改通知书，街道将跟踪复查。"),
        new("新建路街道“十四五”社区服务体系建设规划", "新建办〔2021〕5号", "A20-03", "02", new(2021, 2, 22), 7,
            "2021—2025年社区服务设施、服务队伍和服务项目建设目标与措施。",
            "到2025年，街道各社区党群服务中心面积全部达标，十五分钟便民生活圈基本建成，社区养老、托育、助餐服务实现全覆盖。"),
        new("新建路街道2021年部门预算公开", "新建办〔2021〕8号", "A20-07", "04", new(2021, 3, 19), 4,
            "2021年部门收支预算总表、财政拨款收支预算表及“三公”经费预算情况说明。",
            "现将新建路街道办事处2021年部门预算予以公开，一并说明机关运行经费、政府采购预算和国有资产占用情况。"),
        new("2021年高龄津贴发放名单公示", null, "A20-11", "17", new(2021, 4, 8), 3,
            "2021年第一季度符合条件的八十周岁以上老年人高龄津贴发放情况。",
            "经社区初审、街道审核，2021年第一季度共为符合条件的八十周岁以上老年人发放高龄津贴，现将发放名单予以公示，对名单有异议的可向街道民政办反映。"),
        new("城市管理领域行政处罚程序规定", null, "A20-06", "16", new(2021, 6, 15), 5,
            "街道综合行政执法的依据、权限、程序及救济途径。",
            "依据行政处罚法，街道综合行政执法队在城市管理领域实施行政处罚，应当查明事实、告知当事人拟作出处罚的内容及事实、理由、依据，并告知其陈述、申辩和要求听证的权利。"),
        new("2021年餐饮场所燃气安全专项检查情况", null, "A20-13", "09", new(2021, 7, 2), 4,
            "检查餐饮场所145家，责令整改隐患38处。",
            "街道会同市场监管所、消防救援站开展餐饮场所燃气安全专项检查，共检查145家，责令整改隐患38处，关停违规使用瓶装液化气场所2家。"),
        new("新建路街道2020年部门决算公开", null, "A20-07", "04", new(2021, 9, 6), 5,
            "2020年部门收入支出决算总表及“三公”经费支出情况说明。",
            "现将新建路街道办事处2020年部门决算予以公开，包括部门决算编制说明、收入支出决算总表及“三公”经费支出决算情况。"),
        new("关于做好2021年冬季供暖保障工作的通知", "新建办〔2021〕44号", "A20-12", "10", new(2021, 11, 1), 2,
            "供暖期间值班值守、困难群众取暖保障和应急抢修安排。",
            "各社区、各科室：为保障群众温暖过冬，现就2021年冬季供暖保障工作通知如下：落实值班值守，摸排困难群众取暖情况，畅通报修渠道。"),
        new("2022年城乡居民医疗保险集中参保缴费的通告", null, "A20-11", "13", new(2021, 10, 8), 3,
            "2022年度城乡居民医保缴费标准、缴费期限和缴费方式。",
            "2022年度城乡居民基本医疗保险集中缴费期为2021年10月至12月，个人缴费标准为每人每年320元，可通过手机、银行网点或社区代收点缴费。"),
        new("新建路街道2022年部门预算公开", "新建办〔2022〕7号", "A20-07", "04", new(2022, 3, 21), 4,
            "2022年部门收支预算总表、财政拨款收支预算表及“三公”经费预算情况说明。",
            "现将新建路街道办事处2022年部门预算予以公开，“三公”经费预算与上年持平。"),

        // Published more than 20 working days after it was formed: the catalogue flags it (Art. 26).
        new("新建路街道2021年度平安建设工作总结", null, "A20-15", "16", new(2022, 1, 10), 45,
            "2021年矛盾纠纷排查化解、治安防控和平安创建工作情况。",
            "2021年，街道共排查化解矛盾纠纷216起，化解率98%，组织平安建设宣传活动36场，群众安全感测评位居全市前列。"),
    ];

    /// <summary>Drafts, submits and approves every item as the subdistrict's officer and approver would.</summary>
    public static async Task PublishAsync(GongkaiDbContext db, WorkingDayCalendar calendar, Agency subdistrict, CancellationToken cancellationToken)
    {
        var scope = new AgencyScope(subdistrict.Id, new HashSet<Guid> { subdistrict.Id }, CanWrite: true);
        // In the order they were approved, so that each year's 索引号 sequence follows the publication dates.
        foreach (var (item, publishedOn) in Items
            .Select(i => (Item: i, PublishedOn: calendar.AddWorkingDays(i.FormedOn, i.WorkingDaysToPublish)))
            .OrderBy(p => p.PublishedOn))
        {
            var desk = new CatalogueDesk(db, calendar, new OfficeToday(new PinnedClock(publishedOn)));
            var input = new CatalogueItemInput(item.Title, subdistrict.Name, item.DocumentNumber, item.FormedOn,
                item.CategoryCode, item.TopicCode, item.FormedOn, null, null, item.Summary, item.Body);
            var draft = Ensure(await desk.CreateAsync(scope, input, cancellationToken));
            var submitted = Ensure(await desk.StepAsync(scope, draft.Id, draft.Version, PublicationStep.Submit, null, false, cancellationToken));
            Ensure(await desk.ApproveAsync(scope, submitted.Id, submitted.Version, true, cancellationToken));
        }

        db.ChangeTracker.Clear();
    }

    private static CatalogueItem Ensure(Result<CatalogueItem> result) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException("Demo catalogue item could not be published: " + result.Error?.Message);

    /// <summary>One demo item: what the officer types, and how many working days later it is approved.</summary>
    private sealed record Item(
        string Title,
        string? DocumentNumber,
        string CategoryCode,
        string TopicCode,
        DateOnly FormedOn,
        int WorkingDaysToPublish,
        string Summary,
        string Body);

    /// <summary>The office's clock stopped at 10:00 on the day an item is approved.</summary>
    private sealed class PinnedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
    }
}
