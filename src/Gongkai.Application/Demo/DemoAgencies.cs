using Gongkai.Application.Agencies;

namespace Gongkai.Application.Demo;

/// <summary>
/// The demo agency tree: 新郑市 and, under it, the subdistrict office whose 2020 annual report is the
/// project's seed (contact details from that report's preamble).
/// </summary>
public static class DemoAgencies
{
    public const string CityCreditCode = "11410184005548016X";

    public const string SubdistrictCreditCode = "11410184MB1951606T";

    public const string CityName = "新郑市人民政府";

    public const string SubdistrictName = "新郑市新建路街道办事处";

    public const string SiblingName = "新郑市新华路街道办事处";

    public const string SiblingCreditCode = "11410184MB1951607X";

    public static Agency City() => new()
    {
        Name = CityName,
        CreditCode = CityCreditCode,
        Address = "新郑市中华北路",
        Phone = "0371-62691111",
        Email = "",
        OfficeHours = "工作日 上午8:30—12:00，下午14:30—17:30",
        DisclosureOffice = "新郑市人民政府办公室",
        ReviewBody = "郑州市人民政府",
        OnlineReviewChannel = "郑州市人民政府门户网站行政复议网上申请栏目",
    };

    public static Agency Subdistrict(Agency city) => new()
    {
        Name = SubdistrictName,
        CreditCode = SubdistrictCreditCode,
        ParentId = city.Id,
        Address = "新郑市人民路与阁老路交叉口东南角嫘祖城商业综合体新建路街道办事处",
        Phone = "0371-62593612",
        Email = "xinjianlu626@163.com",
        OfficeHours = "工作日 上午8:30—12:00，下午14:30—17:30",
        DisclosureOffice = "党政办公室",
        OnlineReviewChannel = "新郑市人民政府门户网站行政复议网上申请栏目",
    };

    /// <summary>A sibling subdistrict, so that the demo shows one office never seeing another's cases.</summary>
    public static Agency Sibling(Agency city) => new()
    {
        Name = SiblingName,
        CreditCode = SiblingCreditCode,
        ParentId = city.Id,
        Address = "新郑市新华路",
        Phone = "0371-62600000",
        OfficeHours = "工作日 上午8:30—12:00，下午14:30—17:30",
        DisclosureOffice = "党政办公室",
        OnlineReviewChannel = "新郑市人民政府门户网站行政复议网上申请栏目",
    };
}
