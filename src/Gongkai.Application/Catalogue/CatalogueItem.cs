using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// A proactively disclosed item (主动公开) of an agency's 目录 (Art. 12: 索引、名称、内容概述、生成日期) with the
/// metadata block of the item page (law-and-formats.md §4.3). The 索引号 is allocated on approval and kept
/// after a withdrawal: a withdrawn item stays, with its reason, and its number is never issued again.
/// </summary>
public sealed class CatalogueItem : IVersioned, IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgencyId { get; set; }

    /// <summary>索引号; null until the item is approved for publication.</summary>
    public string? IndexNumber { get; set; }

    public required string Title { get; set; }

    /// <summary>发布机构 / 发文机关.</summary>
    public required string IssuingBody { get; set; }

    /// <summary>文号 / 发文字号, if any.</summary>
    public string DocumentNumber { get; set; } = "";

    /// <summary>成文日期 = 生成日期; the Art. 26 period runs from it (形成或者变更之日).</summary>
    public DateOnly FormedOn { get; set; }

    /// <summary>发布日期; set on approval.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The Art. 20/21 category code (<see cref="CategoryScheme"/>).</summary>
    public required string CategoryCode { get; set; }

    /// <summary>The 主题分类 code (<see cref="TopicList"/>).</summary>
    public required string TopicCode { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? ValidThrough { get; set; }

    public DateOnly? RepealedOn { get; set; }

    /// <summary>内容概述.</summary>
    public string Summary { get; set; } = "";

    /// <summary>The text, plain (escaped when shown; paragraphs separated by blank lines).</summary>
    public string Body { get; set; } = "";

    public PublicationState State { get; set; } = PublicationState.Draft;

    public string? WithdrawalReason { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    /// <summary>Set when the item was published later than Art. 26 allows; shown in the console.</summary>
    public bool PublishedLate { get; set; }

    public long Version { get; set; }

    /// <summary>The validity dates as the domain reads them.</summary>
    public ValidityPeriod Validity => new(EffectiveFrom, ValidThrough, RepealedOn);
}
