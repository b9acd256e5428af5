using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K4: in table 四, each block (行政复议; 行政诉讼 未经复议直接起诉; 行政诉讼 复议后起诉) has
/// 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (implied by the "总计" columns of the format).
/// </summary>
internal sealed class RemedyTotalsCheck : IReportCheck
{
    private const string TotalLabel = "总计";

    // The column groups of table 四 with their 总计 column, per format: worked out once, not per report.
    private static readonly Dictionary<ReportFormat, (string Name, ColumnDefinition Total, ColumnDefinition[] Parts)[][]> Groups =
        ReportFormats.All.ToDictionary(f => f.Format, f => f.Table(TableKeys.Remedies).Blocks.Select(GroupsOf).ToArray());

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var table = context.Definition.Table(TableKeys.Remedies);
        var groupsByBlock = Groups[context.Definition.Format];
        for (var b = 0; b < table.Blocks.Count; b++)
        {
            foreach (var row in table.Blocks[b].Rows)
            {
                foreach (var (name, total, parts) in groupsByBlock[b])
                {
                    var totalKey = new CellKey(table.Key, row.Key, total.Key);
                    if (!context.TryGet(totalKey, out var stated) || Sum(context, table.Key, row.Key, parts) is not { } sum || sum == stated)
                    {
                        continue;
                    }

                    var numbers = context.TryGetAll(parts.Select(c => new CellKey(table.Key, row.Key, c.Key)))!;
                    var terms = string.Join(" + ", parts.Select((c, i) => $"{c.Label}{Text(numbers[i])}"));
                    yield return context.Finding(
                        CheckRules.RemedyTotals,
                        FindingSeverity.Error,
                        totalKey,
                        $"K4 {name}：{terms} = {Text(sum)}，但总计为{Text(stated)}");
                }
            }
        }
    }

    /// <summary>The sum of the parts, or null when any of them cannot take part.</summary>
    private static decimal? Sum(CheckContext context, string table, string row, ColumnDefinition[] parts)
    {
        var sum = 0m;
        foreach (var part in parts)
        {
            if (!context.TryGet(new CellKey(table, row, part.Key), out var number))
            {
                return null;
            }

            sum += number;
        }

        return sum;
    }

    private static (string Name, ColumnDefinition Total, ColumnDefinition[] Parts)[] GroupsOf(BlockDefinition block) =>
    [
        .. block.Columns.GroupBy(c => string.Join(" ", c.Groups), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Total: g.SingleOrDefault(c => c.Label == TotalLabel), Parts: g.ToArray()))
            .Where(g => g.Total is not null)
            .Select(g => (g.Name, g.Total!, g.Parts.Where(c => c != g.Total).ToArray())),
    ];
}
