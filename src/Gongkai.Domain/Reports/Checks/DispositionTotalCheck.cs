using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K3: （七）总计 = （一）+（二）+ Σ（三）1–8 + Σ（四）1–3 + Σ（五）1–5 + （六）(2021: Σ（六）1–3), per column.
/// The leaf rows come from the format definition (RowRole.Disposition), so both formats are covered.
/// </summary>
internal sealed class DispositionTotalCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var index = context.Index;
        var grid = context.Requests;
        var totalRow = index.RowOf(RowRole.DispositionTotal);
        for (var column = 0; column < index.RequestColumns.Count; column++)
        {
            if (context.SumRequests(index.Dispositions, column) is not { } sum || grid[totalRow, column] is not { } stated || sum == stated)
            {
                continue;
            }

            var nonZero = index.Dispositions.Where(row => grid[row, column] != 0)
                .Select(row => $"{CheckContext.ShortLabel(index.RequestRows[row])} {Text(grid[row, column]!.Value)}").ToList();
            var detail = nonZero.Count == 0 ? "各项均为0" : string.Join("、", nonZero);
            yield return context.Finding(
                CheckRules.DispositionTotal,
                FindingSeverity.Error,
                index.RequestKeys[totalRow, column],
                $"K3 （七）总计（{index.RequestColumns[column].Label}列）为{Text(stated)}，但各项办理结果之和为{Text(sum)}（{detail}）");
        }
    }
}
