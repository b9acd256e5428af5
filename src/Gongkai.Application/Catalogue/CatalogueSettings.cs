using Gongkai.Application.Persistence;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Application.Catalogue;

/// <summary>An agency's catalogue settings: its 索引号 template and the 指南 items the agency record lacks.</summary>
public sealed class CatalogueSettings : IVersioned, IAgencyOwned
{
    public Guid AgencyId { get; set; }

    public string IndexTemplate { get; set; } = IndexNumberTemplate.Default;

    /// <summary>传真号码 (Art. 12).</summary>
    public string Fax { get; set; } = "";

    /// <summary>The office's edited 指南, replacing the generated text when set.</summary>
    public string? GuideText { get; set; }

    /// <summary>The office's edits of the generated 指南's sections, as JSON (<see cref="GuideSectionEdit"/>); empty when none.</summary>
    public string GuideEdits { get; set; } = "";

    public long Version { get; set; }
}
