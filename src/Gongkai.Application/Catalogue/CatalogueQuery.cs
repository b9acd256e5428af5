namespace Gongkai.Application.Catalogue;

/// <summary>A browse or search request over one agency's published items; <see cref="Page"/> from 1.</summary>
public sealed record CatalogueQuery(
    Guid AgencyId,
    string? Text = null,
    string? CategoryCode = null,
    string? TopicCode = null,
    int? Year = null,
    int Page = 1,
    int PageSize = 20)
{
    /// <summary>Trigram indexes need three characters; shorter queries use a plain substring scan.</summary>
    public const int TrigramLength = 3;

    public string Trimmed => (Text ?? "").Trim();

    public int SafePage => Math.Clamp(Page, 1, 10_000);

    public int SafePageSize => Math.Clamp(PageSize, 1, 100);

    public int Skip => (SafePage - 1) * SafePageSize;
}
