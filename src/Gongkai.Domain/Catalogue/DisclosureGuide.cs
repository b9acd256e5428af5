using Gongkai.Domain.Agencies;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The 政府信息公开指南 generated from the agency's data (条例 Art. 12: 分类、编排体系、获取方式 and the office's
/// 名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式), with the usual application procedure (Art. 29–33,
/// 36, 42) and remedies (Art. 51). The office may edit the generated text before publishing it.
/// </summary>
/// <param name="Title">"{agency}政府信息公开指南".</param>
/// <param name="Sections">The numbered sections.</param>
/// <param name="MissingItems">Art. 12 items the agency's data lacks, in Chinese; the guide must not be published incomplete.</param>
public sealed record DisclosureGuide(string Title, IReadOnlyList<GuideSection> Sections, IReadOnlyList<string> MissingItems)
{
    private const string Unset = "（未填写）";

    /// <summary>Whether every Art. 12 item is present.</summary>
    public bool IsComplete => MissingItems.Count == 0;

    /// <summary>Generates the guide.</summary>
    /// <param name="office">The office's contact data.</param>
    /// <param name="level">The agency's level (decides the Art. 21 categories).</param>
    /// <param name="scheme">The categories.</param>
    /// <param name="topics">The 主题分类 list.</param>
    /// <param name="indexTemplate">The agency's 索引号 template.</param>
    public static DisclosureGuide Generate(GuideOffice office, AgencyLevel level, CategoryScheme scheme, TopicList topics, IndexNumberTemplate indexTemplate)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(indexTemplate);
        var officeName = Or(office.OfficeName);
        var sections = new List<GuideSection>
        {
            new("一、总则", [
                $"为便于公民、法人和其他组织获取{office.AgencyName}的政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第十二条，编制本指南。本指南随机构、联系方式等情况的变化及时更新。"]),
            new("二、主动公开", [
                "（一）公开范围。本机关依照《条例》第二十条、第二十一条主动公开以下政府信息：" + string.Join("；", scheme.For(level).Select(c => c.Label)) + "。",
                "（二）编排体系。主动公开的政府信息按法定公开内容类别编排，并可按主题分类（" + string.Join("、", topics.Topics.Select(t => t.Label)) + "）和年份浏览。每条信息列明索引号、名称、内容概述和生成日期（《条例》第十二条）；索引号格式为“" + indexTemplate.Text + "”，每年重新编号，不重复使用。",
                "（三）公开方式。主动公开的政府信息通过本机关门户网站政府信息公开专栏发布，并可通过政府公报、新闻发布会以及报刊、广播、电视等途径公开（《条例》第二十三条），提供检索、查阅、下载服务（《条例》第二十四条）。",
                "（四）公开时限。属于主动公开范围的政府信息，自形成或者变更之日起 20 个工作日内予以公开；法律、法规对公开期限另有规定的，从其规定（《条例》第二十六条）。"]),
            new("三、依申请公开", [
                $"（一）受理机构。{officeName}负责受理向本机关提出的政府信息公开申请。",
                "（二）申请方式。申请人可以通过本专栏的在线申请、信函或者当面提交书面申请；采用书面形式确有困难的，可以口头提出，由工作人员代为填写申请（《条例》第二十九条）。",
                "（三）申请内容。申请应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径（《条例》第二十九条）。",
                "（四）收到申请的日期。当面提交的，以提交之日为收到申请之日；以邮寄方式提交的，以本机关签收之日为收到申请之日；通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日（《条例》第三十一条）。",
                "（五）补正。申请内容不明确的，本机关自收到申请之日起 7 个工作日内一次性告知申请人作出补正；答复期限自收到补正的申请之日起计算（《条例》第三十条）。",
                "（六）答复期限。能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过 20 个工作日；征求第三方和其他机关意见所需时间不计算在内（《条例》第三十三条）。",
                "（七）答复形式。本机关根据不同情形依照《条例》第三十六条作出答复，并尽可能按照申请人要求的形式提供政府信息（《条例》第四十条）。",
                "（八）收费。本机关依申请提供政府信息，不收取费用；申请公开政府信息的数量、频次明显超过合理范围的，可以依照规定收取信息处理费（《条例》第四十二条）。"]),
            new("四、政府信息公开工作机构", [
                $"名称：{officeName}",
                $"办公地址：{Or(office.Address)}" + (string.IsNullOrWhiteSpace(office.PostalCode) ? string.Empty : $"（邮政编码：{office.PostalCode}）"),
                $"办公时间：{Or(office.OfficeHours)}",
                $"联系电话：{Or(office.Phone)}",
                $"传真号码：{Or(office.Fax)}",
                $"互联网联系方式：{Or(office.Internet)}"]),
            new("五、监督和救济", [
                "公民、法人或者其他组织认为本机关不依法履行政府信息公开义务的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报；认为本机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼（《条例》第四十七条、第五十一条）。"]),
        };

        return new DisclosureGuide($"{office.AgencyName}政府信息公开指南", sections, Missing(office));
    }

    private static List<string> Missing(GuideOffice office)
    {
        var missing = new List<string>();
        Add(office.OfficeName, "政府信息公开工作机构名称");
        Add(office.Address, "办公地址");
        Add(office.OfficeHours, "办公时间");
        Add(office.Phone, "联系电话");
        Add(office.Fax, "传真号码");
        Add(office.Internet, "互联网联系方式");
        return missing;

        void Add(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add($"指南缺少{name}（条例第十二条）。");
            }
        }
    }

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? Unset : value.Trim();
}
