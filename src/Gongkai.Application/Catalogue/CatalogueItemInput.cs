namespace Gongkai.Application.Catalogue;

/// <summary>What the clerk writes for an item (the 目录 fields of Art. 12 and the metadata block).</summary>
public sealed record CatalogueItemInput(
    string Title,
    string IssuingBody,
    string? DocumentNumber,
    DateOnly FormedOn,
    string CategoryCode,
    string TopicCode,
    DateOnly? EffectiveFrom,
    DateOnly? ValidThrough,
    DateOnly? RepealedOn,
    string? Summary,
    string? Body);
