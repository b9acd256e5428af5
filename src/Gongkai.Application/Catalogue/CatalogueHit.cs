namespace Gongkai.Application.Catalogue;

/// <summary>One listed item: the 目录 fields (Art. 12) and, for a search, the highlighted title and excerpt.</summary>
public sealed record CatalogueHit(
    Guid Id,
    string IndexNumber,
    string Title,
    string DocumentNumber,
    DateOnly FormedOn,
    DateOnly PublishedOn,
    string CategoryCode,
    string TopicCode,
    string Summary,
    IReadOnlyList<TextRun> TitleRuns,
    IReadOnlyList<TextRun> Excerpt);
