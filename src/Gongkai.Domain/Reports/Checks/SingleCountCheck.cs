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
        var index = context.Index;
        int[] applications = [index.RowOf(RowRole.NewRequests), index.RowOf(RowRole.CarriedOver)];
        for (var column = 0; column < index.RequestColumns.Count; column++)
        {
            if (context.SumRequests(index.Dispositions, column) is not { } outcomes
                || context.SumRequests(applications, column) is not { } received
                || outcomes <= received)
            {
                continue;
            }

            yield return context.Finding(
                CheckRules.SingleCount,
                FindingSeverity.Error,
                index.RequestKeys[index.RowOf(RowRole.DispositionTotal), column],
                $"K5 {index.RequestColumns[column].Label}列各项办理结果之和（{Text(outcomes)}）超过一、本年新收与二、上年结转之和（{Text(received)}）："
                + "同一申请只能计入一种办理结果（区分处理的只计入“（二）部分公开”）");
        }
    }
}
