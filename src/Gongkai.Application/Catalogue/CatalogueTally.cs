namespace Gongkai.Application.Catalogue;

/// <summary>An agency's published items counted per category, and the years in which it published.</summary>
public sealed record CatalogueTally(IReadOnlyDictionary<string, int> ByCategory, IReadOnlyList<int> Years)
{
    public int Total => ByCategory.Values.Sum();
}
