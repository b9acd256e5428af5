using System.Globalization;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K10: the report uses the format its year requires (≤2020 the 2019 trial format, 国办公开办函〔2019〕60号;
/// ≥2021 the revised format, 〔2021〕30号), and holds no cells or blocks of the other format
/// (e.g. 第二十条第（九）项 or the 2019 column headings in a 2021 report).
/// </summary>
internal sealed class FormatVersionCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        var required = ReportFormats.Get(ReportFormats.RequiredFor(report.Year));
        if (report.Format != required.Format)
        {
            yield return new Finding(
                CheckRules.FormatVersion,
                FindingSeverity.Error,
                FindingLocation.Report,
                string.Create(CultureInfo.InvariantCulture, $"K10 {report.Year}年度报告应使用《{required.Name}》（{required.Notice}），本报告使用的是《{context.Definition.Name}》（{context.Definition.Notice}）"));
        }

        if (!HasForeignCells(context))
        {
            yield break;
        }

        var foreign = context.Index.ForeignCells
            .Where(x => report.Cells.ContainsKey(x.Cell.Key))
            .GroupBy(x => (x.Format, Name: x.Cell.Block.Heading ?? x.Cell.Row.FullLabel));
        foreach (var group in foreign)
        {
            var other = group.Key.Format;
            var first = group.First().Cell;
            var parts = group.Select(x => x.Cell.Block.Heading is null ? x.Cell.Column.Label : $"{x.Cell.Row.Label}/{x.Cell.Column.Label}").Distinct(StringComparer.Ordinal);
            yield return new Finding(
                CheckRules.FormatVersion,
                FindingSeverity.Error,
                FindingLocation.Of(first.Key, report[first.Key], context.SectionOf(first.Key.Table)),
                $"K10 本报告含有《{other.Name}》（{other.Notice}）才有的栏目“{group.Key.Name}”（{string.Join("、", parts)}），与所用格式《{context.Definition.Name}》不符");
        }
    }

    /// <summary>Whether the report holds any cell only another format has; most reports hold none.</summary>
    private static bool HasForeignCells(CheckContext context)
    {
        foreach (var (_, cell) in context.Index.ForeignCells)
        {
            if (context.Report.Cells.ContainsKey(cell.Key))
            {
                return true;
            }
        }

        return false;
    }
}
