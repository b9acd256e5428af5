using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K1: in every applicant column of table 三, 一 + 二 = 三（七）总计 + 四. The format prints this rule in
/// the table's header ("第一项加第二项之和，等于第三项加第四项之和"; 国办公开办函〔2019〕60号, 〔2021〕30号).
/// </summary>
internal sealed class RequestsBalanceCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var index = context.Index;
        var grid = context.Requests;
        var (received, carriedOver) = (index.RowOf(RowRole.NewRequests), index.RowOf(RowRole.CarriedOver));
        var (handled, carriedForward) = (index.RowOf(RowRole.DispositionTotal), index.RowOf(RowRole.CarriedForward));
        for (var column = 0; column < index.RequestColumns.Count; column++)
        {
            if (grid[received, column] is not { } newRequests || grid[carriedOver, column] is not { } carried
                || grid[handled, column] is not { } outcomes || grid[carriedForward, column] is not { } forward)
            {
                continue;
            }

            var left = newRequests + carried;
            var right = outcomes + forward;
            if (left != right)
            {
                yield return context.Finding(
                    CheckRules.RequestsBalance,
                    FindingSeverity.Error,
                    index.RequestKeys[handled, column],
                    $"K1 勾稽关系不成立（{index.RequestColumns[column].Label}列）：一（{Text(newRequests)}）+ 二（{Text(carried)}）= {Text(left)}，"
                    + $"但 三（七）总计（{Text(outcomes)}）+ 四（{Text(forward)}）= {Text(right)}");
            }
        }
    }
}
