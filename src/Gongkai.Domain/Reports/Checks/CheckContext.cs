namespace Gongkai.Domain.Reports.Checks;

/// <summary>The report under check, last year's report if given, and the lookups every rule needs.</summary>
internal sealed class CheckContext(AnnualReport report, AnnualReport? previousYear)
{
    public AnnualReport Report { get; } = report;

    public AnnualReport? PreviousYear { get; } = previousYear;

    public ReportFormatDefinition Definition => Report.Definition;

    /// <summary>Table 三's single block: its columns and rows.</summary>
    public BlockDefinition RequestsBlock => Definition.Table(TableKeys.Requests).Blocks[0];

    public RowDefinition RequestsRow(RowRole role) => RequestsBlock.Rows.First(r => r.Role == role);

    public IEnumerable<RowDefinition> Dispositions => RequestsBlock.Rows.Where(r => r.Role == RowRole.Disposition);

    public static CellKey RequestsCell(RowDefinition row, ColumnDefinition column) => new(TableKeys.Requests, row.Key, column.Key);

    /// <summary>
    /// The number in a cell for arithmetic: a blank counts as 0 (K9 reports it); an absent or unreadable
    /// cell makes the rule skip the equation, since K9 or the reader already names it.
    /// </summary>
    public bool TryGet(CellKey key, out decimal number) => TryGet(Report, key, out number);

    public static bool TryGet(AnnualReport report, CellKey key, out decimal number)
    {
        number = 0m;
        if (!report.Cells.TryGetValue(key, out var value) || value.IsUnreadable)
        {
            return false;
        }

        number = value.OrZero;
        return true;
    }

    /// <summary>The numbers of all <paramref name="keys"/>, or null when any of them cannot take part.</summary>
    public decimal[]? TryGetAll(IEnumerable<CellKey> keys)
    {
        var numbers = new List<decimal>();
        foreach (var key in keys)
        {
            if (!TryGet(key, out var number))
            {
                return null;
            }

            numbers.Add(number);
        }

        return [.. numbers];
    }

    /// <summary>The cell's label from the format definition.</summary>
    public string Label(CellKey key) => Definition.FindCell(key)?.Label ?? key.ToString();

    public int? SectionOf(string table) =>
        Definition.Tables.FirstOrDefault(t => string.Equals(t.Key, table, StringComparison.Ordinal))?.SectionNumber;

    public FindingLocation At(CellKey key) => FindingLocation.Of(key, Report[key], SectionOf(key.Table));

    public Finding Finding(string rule, FindingSeverity severity, CellKey key, string message) =>
        new(rule, severity, At(key), message);

    /// <summary>A row label without the "三、本年度办理结果" group every disposition shares.</summary>
    public static string ShortLabel(RowDefinition row) =>
        row.Role is RowRole.Disposition or RowRole.DispositionTotal
            ? string.Join(" ", row.Groups.Skip(1).Append(row.Label))
            : row.Label;
}
