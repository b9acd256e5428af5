using Gongkai.Domain.Catalogue;

namespace Gongkai.Application.Catalogue;

/// <summary>An agency's catalogue settings as the staff page shows them: the stored values, the generated 指南 (before edits), and who may change them.</summary>
public sealed record CatalogueSettingsView(
    string AgencyName,
    string CreditCode,
    string IndexTemplate,
    string Fax,
    IReadOnlyList<GuideSectionEdit> GuideEdits,
    long Version,
    DisclosureGuide GeneratedGuide,
    string? NextIndexNumber,
    bool CanEdit);
