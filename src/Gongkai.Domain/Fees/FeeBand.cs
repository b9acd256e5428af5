namespace Gongkai.Domain.Fees;

/// <summary>One marginal band of a fee (超额累进): units <see cref="From"/>–<see cref="To"/> at <see cref="UnitPrice"/> yuan.</summary>
/// <param name="From">First unit of the band (1-based).</param>
/// <param name="To">Last unit of the band that applies to this quote.</param>
/// <param name="UnitPrice">Yuan per unit (0 in the free band).</param>
/// <param name="Units">Units charged in this band.</param>
/// <param name="Amount">Yuan charged in this band.</param>
public sealed record FeeBand(int From, int To, decimal UnitPrice, int Units, decimal Amount);
