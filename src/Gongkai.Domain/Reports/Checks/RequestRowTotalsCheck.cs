using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K2: in every row of table 三, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他
/// (implied by the "总计" column of the format).
/// </summary>
internal sealed class RequestRowTotalsCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var index = context.Index;
        var grid = context.Requests;
        var total = index.TotalColumn;
        var applicants = Enumerable.Range(0, index.RequestColumns.Count).Where(c => c != total).ToArray();
        for (var row = 0; row < index.RequestRows.Count; row++)
        {
            if (grid[row, total] is not { } stated)
            {
                continue;
            }

            var sum = 0m;
            var known = true;
            foreach (var column in applicants)
            {
                known &= grid[row, column] is not null;
                sum += grid[row, column] ?? 0m;
            }

            if (!known || sum == stated)
            {
                continue;
            }

            var terms = string.Join(" + ", applicants.Select(c => $"{index.RequestColumns[c].Label}{Text(grid[row, c]!.Value)}"));
            yield return context.Finding(
                CheckRules.RowTotals,
                FindingSeverity.Error,
                index.RequestKeys[row, total],
                $"K2 “{CheckContext.ShortLabel(index.RequestRows[row])}”行的总计（{Text(stated)}）不等于各类申请人之和：{terms} = {Text(sum)}");
        }
    }
}
