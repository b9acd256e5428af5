using System.Globalization;
using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K6: this year's 二、上年结转政府信息公开申请数量 = last year's 四、结转下年度继续办理, per applicant column.
/// An application still open on 31 December is carried into the next year's table, so the two must
/// agree (law-and-formats §3.6, checked by reviewers). Runs only when last year's report is given.
/// </summary>
internal sealed class CarryOverCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.PreviousYear is not { } previous)
        {
            yield break;
        }

        var carriedOver = context.RequestsRow(RowRole.CarriedOver);
        if (previous.Year != context.Report.Year - 1)
        {
            yield return new Finding(
                CheckRules.CarryOver,
                FindingSeverity.Warning,
                FindingLocation.Report,
                string.Create(CultureInfo.InvariantCulture, $"K6 用于比对的上年报告是{previous.Year}年度的，不是{context.Report.Year - 1}年度的，未比对上年结转数"));
            yield break;
        }

        var lastBlock = previous.Definition.Table(TableKeys.Requests).Blocks[0];
        var carriedForward = lastBlock.Rows.First(r => r.Role == RowRole.CarriedForward);
        foreach (var column in context.RequestsBlock.Columns)
        {
            var thisKey = CheckContext.RequestsCell(carriedOver, column);
            var lastKey = new CellKey(TableKeys.Requests, carriedForward.Key, column.Key);
            if (!context.TryGet(thisKey, out var now) || !CheckContext.TryGet(previous, lastKey, out var then) || now == then)
            {
                continue;
            }

            yield return context.Finding(
                CheckRules.CarryOver,
                FindingSeverity.Error,
                thisKey,
                string.Create(CultureInfo.InvariantCulture, $"K6 二、上年结转（{column.Label}列）为{Text(now)}，但{previous.Year}年度报告的四、结转下年度继续办理为{Text(then)}"));
        }
    }
}
