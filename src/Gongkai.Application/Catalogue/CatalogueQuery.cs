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

    /// <summary>
    /// A search lists at most this many results and counts no further ("超过 1,000 条"): its cost follows the
    /// cap, not the number of matches (ADR-010).
    /// </summary>
    public const int ResultCap = 1_000;

    /// <summary>One- and two-character queries look at the titles and 文号 of this many newest items (ADR-010).</summary>
    public const int ShortQueryWindow = 10_000;

    public string Trimmed => (Text ?? "").Trim();

    public int SafePage => Math.Clamp(Page, 1, 10_000);

    public int SafePageSize => Math.Clamp(PageSize, 1, 100);

    public int Skip => (SafePage - 1) * SafePageSize;
}
