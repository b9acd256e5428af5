using Gongkai.Domain.Catalogue;

namespace Gongkai.Application.Catalogue;

/// <summary>A category of the column with the number of items published in it.</summary>
public sealed record CategoryCount(DisclosureCategory Category, int Count);
