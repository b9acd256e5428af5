namespace Gongkai.Application.Catalogue;

/// <summary>One page of items and the total, for pagination.</summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueHit> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
