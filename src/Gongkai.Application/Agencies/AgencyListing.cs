namespace Gongkai.Application.Agencies;

/// <summary>One line of the agency list; <see cref="Depth"/> is the level in the tree (0 = top).</summary>
public sealed record AgencyListing(Guid Id, string Name, string CreditCode, int Depth);
