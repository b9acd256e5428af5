using System.Globalization;
using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K7 (2021 format, 第二十条第（一）项): 现行有效件数 ≈ last year's 现行有效件数 + 本年制发件数 − 本年废止件数,
/// for 规章 and 行政规范性文件. A warning only: revisions and counting methods legitimately break it.
/// </summary>
internal sealed class DocumentsInForceCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.PreviousYear is not { Format: ReportFormat.Revised2021 } previous
            || context.Report.Format != ReportFormat.Revised2021
            || previous.Year != context.Report.Year - 1)
        {
            yield break;
        }

        var block = context.Definition.Table(TableKeys.Proactive).Blocks.First(b => b.Key == "art20_1");
        foreach (var row in block.Rows)
        {
            var inForce = new CellKey(TableKeys.Proactive, row.Key, "in_force");
            var numbers = context.TryGetAll([new(TableKeys.Proactive, row.Key, "issued"), new(TableKeys.Proactive, row.Key, "repealed"), inForce]);
            if (numbers is not [var issued, var repealed, var now] || !CheckContext.TryGet(previous, inForce, out var then))
            {
                continue;
            }

            var expected = then + issued - repealed;
            if (now != expected)
            {
                yield return context.Finding(
                    CheckRules.DocumentsInForce,
                    FindingSeverity.Warning,
                    inForce,
                    string.Create(CultureInfo.InvariantCulture, $"K7 {row.Label}现行有效件数为{Text(now)}，按{previous.Year}年度的{Text(then)}件 + 本年制发{Text(issued)}件 − 本年废止{Text(repealed)}件应约为{Text(expected)}件，请核实"));
            }
        }
    }
}
