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
        var received = context.RequestsRow(RowRole.NewRequests);
        var carriedOver = context.RequestsRow(RowRole.CarriedOver);
        var handled = context.RequestsRow(RowRole.DispositionTotal);
        var carriedForward = context.RequestsRow(RowRole.CarriedForward);
        foreach (var column in context.RequestsBlock.Columns)
        {
            var numbers = context.TryGetAll(
                new[] { received, carriedOver, handled, carriedForward }.Select(row => CheckContext.RequestsCell(row, column)));
            if (numbers is not [var newRequests, var carried, var outcomes, var forward])
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
                    CheckContext.RequestsCell(handled, column),
                    $"K1 勾稽关系不成立（{column.Label}列）：一（{Text(newRequests)}）+ 二（{Text(carried)}）= {Text(left)}，"
                    + $"但 三（七）总计（{Text(outcomes)}）+ 四（{Text(forward)}）= {Text(right)}");
            }
        }
    }
}
