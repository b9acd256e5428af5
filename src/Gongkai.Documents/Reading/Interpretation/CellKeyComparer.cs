using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// Cell keys compared as <see cref="CellKey"/> does (ordinal, part by part), hashed from their lengths and
/// a few characters instead of every character of the three strings: the checks look cells up by key
/// hundreds of times per report. A read report's keys are only the formats' own few hundred, so the
/// cheaper hash cannot be flooded.
/// </summary>
internal sealed class CellKeyComparer : IEqualityComparer<CellKey>
{
    public static CellKeyComparer Instance { get; } = new();

    private CellKeyComparer()
    {
    }

    public bool Equals(CellKey x, CellKey y) =>
        string.Equals(x.Row, y.Row, StringComparison.Ordinal)
        && string.Equals(x.Column, y.Column, StringComparison.Ordinal)
        && string.Equals(x.Table, y.Table, StringComparison.Ordinal);

    public int GetHashCode(CellKey key) => HashCode.Combine(Sample(key.Table), Sample(key.Row), Sample(key.Column));

    /// <summary>A string's length with its first, middle and last two characters.</summary>
    private static int Sample(string? text) => text is not { Length: > 0 } t
        ? 0
        : (t.Length * 31) ^ (t[0] << 5) ^ (t[t.Length / 2] << 11) ^ (t[^1] << 17) ^ (t[(t.Length - 1) * 3 / 4] << 23);
}
