using Gongkai.Domain.Reports;

namespace Gongkai.Application.Reports;

/// <summary>
/// Computes table 四 (政府信息公开行政复议、行政诉讼情况) from the recorded cases: a case counts in the
/// year it was filed; its result is the one known on 31 December of that year (尚未审结 when decided
/// later or not yet). Every cell of the table is present.
/// </summary>
public static class RemediesTable
{
    public static IReadOnlyDictionary<CellKey, CellValue> Compute(int year, IEnumerable<(RemedyKind Kind, DateOnly FiledOn, DateOnly? DecidedOn, RemedyResult Result)> cases)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, filed, decided, result) in cases)
        {
            if (filed.Year != year)
            {
                continue;
            }

            var outcome = decided is { } day && day.Year == year ? result : RemedyResult.Pending;
            var column = $"{Prefix(kind)}_{Suffix(outcome)}";
            counts[column] = counts.GetValueOrDefault(column) + 1;
            counts[$"{Prefix(kind)}_total"] = counts.GetValueOrDefault($"{Prefix(kind)}_total") + 1;
        }

        var cells = new Dictionary<CellKey, CellValue>();
        foreach (var kind in Enum.GetValues<RemedyKind>())
        {
            foreach (var suffix in new[] { "upheld", "corrected", "other", "pending", "total" })
            {
                var column = $"{Prefix(kind)}_{suffix}";
                cells[new CellKey(TableKeys.Remedies, "cases", column)] = CellValue.Of(counts.GetValueOrDefault(column));
            }
        }

        return cells;
    }

    private static string Prefix(RemedyKind kind) => kind switch
    {
        RemedyKind.Reconsideration => "reconsideration",
        RemedyKind.LitigationDirect => "litigation_direct",
        RemedyKind.LitigationAfterReconsideration => "litigation_after",
    };

    private static string Suffix(RemedyResult result) => result switch
    {
        RemedyResult.Pending => "pending",
        RemedyResult.Upheld => "upheld",
        RemedyResult.Corrected => "corrected",
        RemedyResult.Other => "other",
    };
}
