using System.Globalization;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// A "小计" row that some reports add under a group of table 三's dispositions (（三）不予公开,
/// （四）无法提供, （五）不予处理…): not a row of the format, so its values are not cells of the report,
/// but it says what the group's rows add up to — a finding when they do not (as K3 for （七）总计).
/// </summary>
/// <param name="After">The recognised row it follows (the group's last row).</param>
/// <param name="Row">The subtotal row.</param>
/// <param name="Values">Its value cells.</param>
internal sealed record SubtotalRow(RowObservation After, TableRow Row, IReadOnlyList<SourceCell> Values)
{
    /// <summary>Whether a normalised row label is a subtotal ("小计"; "合计" is left alone, some reports write it for （七）总计).</summary>
    public static bool IsSubtotal(string normalizedLabel) => normalizedLabel == "小计";

    /// <summary>The findings for this subtotal once table 三's format is known and its cells are placed.</summary>
    public IEnumerable<Finding> Findings(ReportFormat format, IReadOnlyDictionary<CellKey, CellValue> cells)
    {
        var section = ReadingText.SectionOf(TableKeys.Requests);
        var match = After.Matches.GetValueOrDefault(format);
        if (match is not { Accepted: true } || match.Candidate.Row.Groups.Count < 2)
        {
            // Not under a group of dispositions: what the reader cannot place stays a reading doubt.
            yield return ReadingText.Verify($"{ReadingText.TableName(TableKeys.Requests)}中的行“小计”不是格式中的行，其数值未读入", Row.Location, section);
            yield break;
        }

        var group = match.Candidate.Row.Groups[1];
        var block = match.Candidate.Block;
        var rows = block.Rows.Where(r => r.Groups.Count > 1 && r.Groups[1] == group).ToList();
        var values = CellPlacer.Fit(Values, block.Columns.Count);
        if (values is null)
        {
            yield return ReadingText.Verify(
                $"{ReadingText.TableName(TableKeys.Requests)}“{group}”的小计一行读到{Values.Count}个数值，格式中该表有{block.Columns.Count}列，无法核对",
                Row.Location,
                section);
            yield break;
        }

        for (var c = 0; c < values.Count; c++)
        {
            var column = block.Columns[c];
            if (CellText.Read(values[c].Text, values[c].Location).Number is not { } stated || Sum(rows, column, cells) is not { } sum || sum == stated)
            {
                continue;
            }

            yield return new Finding(
                CheckRules.DispositionTotal,
                FindingSeverity.Error,
                new FindingLocation(section, null, values[c].Location),
                $"K3 {group}的小计（{column.Label}列）为{Text(stated)}，但该项各行之和为{Text(sum)}");
        }
    }

    /// <summary>The sum of the group's cells in a column (a blank counts as 0); null when one is missing or unreadable.</summary>
    private static decimal? Sum(IEnumerable<RowDefinition> rows, ColumnDefinition column, IReadOnlyDictionary<CellKey, CellValue> cells)
    {
        var sum = 0m;
        foreach (var row in rows)
        {
            if (!cells.TryGetValue(new CellKey(TableKeys.Requests, row.Key, column.Key), out var value) || value.IsUnreadable)
            {
                return null;
            }

            sum += value.OrZero;
        }

        return sum;
    }

    private static string Text(decimal number) => number.ToString("0.##########", CultureInfo.InvariantCulture);
}
