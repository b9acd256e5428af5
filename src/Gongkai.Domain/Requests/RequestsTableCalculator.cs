using Gongkai.Domain.Applicants;
using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Requests;

/// <summary>
/// Computes table 三 (收到和处理政府信息公开申请情况) of a report year from request records, carry-over included, in
/// either format: rows are enumerated from the format definition, dispositions are placed through
/// <see cref="DispositionMapping"/>, and years through <see cref="RequestYearAttribution"/>. K1–K3 and K5 hold by
/// construction (the report is derived, never typed twice).
/// </summary>
public static class RequestsTableCalculator
{
    private const int KindCount = 6;

    /// <summary>
    /// The cells <c>requests.{row}.{column}</c> of <paramref name="year"/>'s table 三, every cell present (0 when none).
    /// </summary>
    /// <param name="year">The report year.</param>
    /// <param name="entries">Every request of the agency that may touch the year (earlier years' open ones included).</param>
    /// <param name="format">The format to fill; by default the one the year requires.</param>
    /// <exception cref="ArgumentException">A request has an end date but no disposition, or the reverse.</exception>
    public static IReadOnlyDictionary<CellKey, CellValue> Compute(int year, IEnumerable<RequestTableEntry> entries, ReportFormatDefinition? format = null)
    {
        format ??= ReportFormats.ForYear(year);
        var block = format.Table(TableKeys.Requests).Blocks.Single();
        var counts = Count(year, entries, format, block);
        var cells = new Dictionary<CellKey, CellValue>(block.Rows.Count * block.Columns.Count);
        for (var row = 0; row < block.Rows.Count; row++)
        {
            var total = 0;
            foreach (var kind in ApplicantColumnsInOrder)
            {
                var value = counts[(row * KindCount) + (int)kind];
                total += value;
                cells[new CellKey(TableKeys.Requests, block.Rows[row].Key, kind.ColumnKey())] = CellValue.Of(value);
            }

            cells[new CellKey(TableKeys.Requests, block.Rows[row].Key, ApplicantColumns.Total)] = CellValue.Of(total);
        }

        return cells;
    }

    /// <summary>An annual report holding only the computed table 三, e.g. to run the checks on it.</summary>
    public static AnnualReport ToReport(string agencyName, int year, IEnumerable<RequestTableEntry> entries, ReportFormatDefinition? format = null)
    {
        format ??= ReportFormats.ForYear(year);
        return new AnnualReport(agencyName, year, format.Format, [], Compute(year, entries, format));
    }

    private static IReadOnlyList<ApplicantKind> ApplicantColumnsInOrder => ApplicantColumns.InColumnOrder;

    private static int[] Count(int year, IEnumerable<RequestTableEntry> entries, ReportFormatDefinition format, BlockDefinition block)
    {
        var rowOf = block.Rows.Select((row, index) => (row, index)).ToDictionary(p => p.row.Key, p => p.index, StringComparer.Ordinal);
        int RoleRow(RowRole role) => block.Rows.Select((row, index) => (row, index)).Single(p => p.row.Role == role).index;
        var newRow = RoleRow(RowRole.NewRequests);
        var carriedOverRow = RoleRow(RowRole.CarriedOver);
        var totalRow = RoleRow(RowRole.DispositionTotal);
        var carriedForwardRow = RoleRow(RowRole.CarriedForward);
        var dispositionRow = Disposition.All.Select(d => rowOf[DispositionMapping.RowKeyIn(d, format)]).ToArray();

        var counts = new int[block.Rows.Count * KindCount];
        foreach (var entry in entries)
        {
            var column = (int)entry.Applicant;
            var received = entry.ReceivedOn.Year;
            var concluded = entry.ConcludedOn?.Year ?? int.MaxValue;
            if (entry.ConcludedOn is null != entry.Disposition is null)
            {
                throw new ArgumentException("A request record has an end date without a disposition, or a disposition without an end date.", nameof(entries));
            }

            if (received > year || concluded < year)
            {
                continue;
            }

            // RequestYearAttribution, inlined for speed: new / carried over / concluded / carried forward.
            counts[(((received == year) ? newRow : carriedOverRow) * KindCount) + column]++;
            if (concluded == year)
            {
                counts[(dispositionRow[entry.Disposition!.Index] * KindCount) + column]++;
                counts[(totalRow * KindCount) + column]++;
            }
            else
            {
                counts[(carriedForwardRow * KindCount) + column]++;
            }
        }

        return counts;
    }
}
