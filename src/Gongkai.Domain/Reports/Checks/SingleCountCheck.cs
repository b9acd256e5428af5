using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K5: each application is counted once among the dispositions; a 部分公开 case only in （二）
/// (printed in row （二） of the format). The figures alone cannot prove single counting, so the
/// practical test is an upper bound: in each column the disposition rows together cannot exceed the
/// applications there were to handle (一 + 二). An excess can only come from counting one application
/// under several outcomes. Double counting that stays within the bound is not detectable from the table.
/// </summary>
internal sealed class SingleCountCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var leaves = context.Dispositions.ToList();
        var received = context.RequestsRow(RowRole.NewRequests);
        var carriedOver = context.RequestsRow(RowRole.CarriedOver);
        foreach (var column in context.RequestsBlock.Columns)
        {
            var outcomes = context.TryGetAll(leaves.Select(r => CheckContext.RequestsCell(r, column)));
            var applications = context.TryGetAll([CheckContext.RequestsCell(received, column), CheckContext.RequestsCell(carriedOver, column)]);
            if (outcomes is null || applications is null || outcomes.Sum() <= applications.Sum())
            {
                continue;
            }

            yield return context.Finding(
                CheckRules.SingleCount,
                FindingSeverity.Error,
                CheckContext.RequestsCell(context.RequestsRow(RowRole.DispositionTotal), column),
                $"K5 {column.Label}列各项办理结果之和（{Text(outcomes.Sum())}）超过一、本年新收与二、上年结转之和（{Text(applications.Sum())}）："
                + "同一申请只能计入一种办理结果（区分处理的只计入“（二）部分公开”）");
        }
    }
}
