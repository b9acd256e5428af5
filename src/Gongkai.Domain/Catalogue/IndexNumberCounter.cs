namespace Gongkai.Domain.Catalogue;

/// <summary>
/// An agency's 索引号 sequence for one year: the last number issued. Numbers only go up, so a number once
/// issued is never issued again, even when its item is withdrawn (law-and-formats.md §4.2: "never re-use").
/// Persistence keeps one counter row per agency and year and advances it in the publishing transaction.
/// </summary>
/// <param name="Year">The year the sequence belongs to.</param>
/// <param name="LastIssued">The last sequence number issued; 0 before the first.</param>
public sealed record IndexNumberCounter(int Year, int LastIssued)
{
    /// <summary>A fresh counter for <paramref name="year"/>.</summary>
    public static IndexNumberCounter Start(int year) => new(year, 0);

    /// <summary>The next sequence number and the counter after issuing it.</summary>
    /// <exception cref="OverflowException">The year's sequence is exhausted.</exception>
    public (IndexNumberCounter Counter, int Sequence) Issue()
    {
        var next = checked(LastIssued + 1);
        return (this with { LastIssued = next }, next);
    }
}
