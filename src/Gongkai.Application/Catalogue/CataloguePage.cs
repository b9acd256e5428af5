namespace Gongkai.Application.Catalogue;

/// <summary>
/// One page of items and the total, for pagination. <see cref="Capped"/>: the search found more than
/// <see cref="CatalogueQuery.ResultCap"/> items and <see cref="Total"/> is the cap; <see cref="TitlesOnly"/>:
/// a one- or two-character query, which searched titles and 文号 only (ADR-010).
/// </summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueHit> Items, int Total, int Page, int PageSize, bool Capped = false, bool TitlesOnly = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The page asked for lies beyond the listed results of a capped search.</summary>
    public bool BeyondCap => Capped && (Page - 1) * PageSize >= Total;
}
