using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Remedies;

/// <summary>
/// Computes table 四 (政府信息公开行政复议、行政诉讼情况, identical in both formats) from the recorded
/// cases: a case counts in the year it was filed; its result is the one known on 31 December of that
/// year (尚未审结 when decided later or not yet). Every one of the 15 cells is present, so each block's
/// 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结 by construction (rule K4).
/// </summary>
public static class RemediesTableCalculator
{
    private static readonly RemedyResult[] Results =
        [RemedyResult.Upheld, RemedyResult.Corrected, RemedyResult.Other, RemedyResult.Pending];

    /// <summary>Computes every cell of table 四 for <paramref name="year"/>.</summary>
    /// <param name="year">The report year.</param>
    /// <param name="cases">All recorded cases of the agency; those filed in other years are ignored.</param>
    /// <returns>The 15 cells of the table's single row, keyed by their stable cell keys.</returns>
    public static IReadOnlyDictionary<CellKey, CellValue> Compute(int year, IEnumerable<RemedyFiling> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var counts = new Dictionary<(RemedyKind, RemedyResult), int>();
        foreach (var filing in cases)
        {
            if (filing.FiledOn.Year != year)
            {
                continue;
            }

            var key = (filing.Kind, filing.ResultAtEndOf(year));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var cells = new Dictionary<CellKey, CellValue>();
        foreach (var kind in Enum.GetValues<RemedyKind>())
        {
            var total = 0;
            foreach (var result in Results)
            {
                var count = counts.GetValueOrDefault((kind, result));
                total += count;
                cells[Cell(kind, Suffix(result))] = CellValue.Of(count);
            }

            cells[Cell(kind, "total")] = CellValue.Of(total);
        }

        return cells;
    }

    private static CellKey Cell(RemedyKind kind, string suffix) =>
        new(TableKeys.Remedies, "cases", $"{Prefix(kind)}_{suffix}");

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
