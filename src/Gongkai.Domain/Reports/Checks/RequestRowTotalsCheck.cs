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
        var columns = context.RequestsBlock.Columns;
        var total = columns.Single(c => c.Key == "total");
        var applicants = columns.Where(c => c != total).ToList();
        foreach (var row in context.RequestsBlock.Rows)
        {
            var parts = context.TryGetAll(applicants.Select(c => CheckContext.RequestsCell(row, c)));
            var totalKey = CheckContext.RequestsCell(row, total);
            if (parts is null || !context.TryGet(totalKey, out var stated) || parts.Sum() == stated)
            {
                continue;
            }

            var terms = string.Join(" + ", applicants.Select((c, i) => $"{c.Label}{Text(parts[i])}"));
            yield return context.Finding(
                CheckRules.RowTotals,
                FindingSeverity.Error,
                totalKey,
                $"K2 “{CheckContext.ShortLabel(row)}”行的总计（{Text(stated)}）不等于各类申请人之和：{terms} = {Text(parts.Sum())}");
        }
    }
}
