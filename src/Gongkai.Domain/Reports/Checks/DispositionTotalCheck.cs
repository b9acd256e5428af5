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
        var totalRow = context.RequestsRow(RowRole.DispositionTotal);
        var leaves = context.Dispositions.ToList();
        foreach (var column in context.RequestsBlock.Columns)
        {
            var numbers = context.TryGetAll(leaves.Select(r => CheckContext.RequestsCell(r, column)));
            var totalKey = CheckContext.RequestsCell(totalRow, column);
            if (numbers is null || !context.TryGet(totalKey, out var stated) || numbers.Sum() == stated)
            {
                continue;
            }

            var nonZero = leaves.Select((row, i) => (row, number: numbers[i])).Where(x => x.number != 0)
                .Select(x => $"{CheckContext.ShortLabel(x.row)} {Text(x.number)}").ToList();
            var detail = nonZero.Count == 0 ? "各项均为0" : string.Join("、", nonZero);
            yield return context.Finding(
                CheckRules.DispositionTotal,
                FindingSeverity.Error,
                totalKey,
                $"K3 （七）总计（{column.Label}列）为{Text(stated)}，但各项办理结果之和为{Text(numbers.Sum())}（{detail}）");
        }
    }
}
