using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K4: in table 四, each block (行政复议; 行政诉讼 未经复议直接起诉; 行政诉讼 复议后起诉) has
/// 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (implied by the "总计" columns of the format).
/// </summary>
internal sealed class RemedyTotalsCheck : IReportCheck
{
    private const string TotalLabel = "总计";

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var table = context.Definition.Table(TableKeys.Remedies);
        foreach (var block in table.Blocks)
        {
            foreach (var row in block.Rows)
            {
                var groups = block.Columns.GroupBy(c => string.Join(" ", c.Groups), StringComparer.Ordinal);
                foreach (var group in groups)
                {
                    var total = group.SingleOrDefault(c => c.Label == TotalLabel);
                    if (total is null)
                    {
                        continue;
                    }

                    var parts = group.Where(c => c != total).ToList();
                    var numbers = context.TryGetAll(parts.Select(c => new CellKey(table.Key, row.Key, c.Key)));
                    var totalKey = new CellKey(table.Key, row.Key, total.Key);
                    if (numbers is null || !context.TryGet(totalKey, out var stated) || numbers.Sum() == stated)
                    {
                        continue;
                    }

                    var terms = string.Join(" + ", parts.Select((c, i) => $"{c.Label}{Text(numbers[i])}"));
                    yield return context.Finding(
                        CheckRules.RemedyTotals,
                        FindingSeverity.Error,
                        totalKey,
                        $"K4 {group.Key}：{terms} = {Text(numbers.Sum())}，但总计为{Text(stated)}");
                }
            }
        }
    }
}
