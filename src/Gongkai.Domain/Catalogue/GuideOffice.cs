namespace Gongkai.Domain.Catalogue;

/// <summary>
/// What 条例 Art. 12 requires the 指南 to say about the agency's disclosure office: 名称、办公地址、办公时间、
/// 联系电话、传真号码、互联网联系方式. Blank fields are reported by <see cref="DisclosureGuide.MissingItems"/>.
/// </summary>
/// <param name="AgencyName">The agency (e.g. 新郑市新建路街道办事处).</param>
/// <param name="OfficeName">The 政府信息公开工作机构's name.</param>
/// <param name="Address">办公地址.</param>
/// <param name="OfficeHours">办公时间.</param>
/// <param name="Phone">联系电话.</param>
/// <param name="Fax">传真号码.</param>
/// <param name="Internet">互联网联系方式 (e-mail or web address).</param>
/// <param name="PostalCode">邮政编码, for letters (optional).</param>
public sealed record GuideOffice(
    string AgencyName,
    string? OfficeName,
    string? Address,
    string? OfficeHours,
    string? Phone,
    string? Fax,
    string? Internet,
    string? PostalCode = null);
