using Gongkai.Application.Persistence;

namespace Gongkai.Application.Agencies;

/// <summary>
/// A government body that discloses information: a node of the agency tree (city → district →
/// subdistrict). Every record of the product belongs to one agency (Art. 10: the body that made or
/// keeps the information discloses it).
/// </summary>
public sealed class Agency : IVersioned, IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? ParentId { get; set; }

    public Agency? Parent { get; set; }

    public List<Agency> Children { get; set; } = [];

    public required string Name { get; set; }

    /// <summary>统一社会信用代码 (18 characters, GB 32100-2015).</summary>
    public required string CreditCode { get; set; }

    public string Address { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    public string OfficeHours { get; set; } = "";

    /// <summary>The office inside the agency that handles disclosure (Art. 4), e.g. 党政办公室.</summary>
    public string DisclosureOffice { get; set; } = "";

    /// <summary>
    /// 行政复议机关 named in the remedy clause of the agency's letters (行政复议法 2023 Art. 24–28); blank means the
    /// parent government in the agency tree (letters.md §1.5).
    /// </summary>
    public string ReviewBody { get; set; } = "";

    /// <summary>Where a 复议 application can be filed online, for letters served electronically (行政复议法 Art. 22 ¶2).</summary>
    public string OnlineReviewChannel { get; set; } = "";

    /// <summary>
    /// 机关代字 at the head of the agency's letter numbers (GB/T 9704-2012 §7.2.4), e.g. 新建办; blank means one
    /// derived from the name (<see cref="Gongkai.Domain.Letters.LetterNumber.DefaultAgencyCode"/>).
    /// </summary>
    public string LetterCode { get; set; } = "";

    public long Version { get; set; }

    Guid IAgencyOwned.AgencyId => Id;
}
