namespace Gongkai.Domain.Reports.Checks;

/// <summary>The report under check, last year's report if given, and the lookups every rule needs.</summary>
internal sealed class CheckContext(AnnualReport report, AnnualReport? previousYear)
{
    private decimal?[,]? _requests;
    private TableFigures? _figures;
    private List<NarrativeSentence>? _sentences;

    public AnnualReport Report { get; } = report;

    public FormatIndex Index { get; } = FormatIndex.Of(report.Format);

    /// <summary>Every sentence of the narrative with the section and paragraph it is in; split once.</summary>
    public IReadOnlyList<NarrativeSentence> Sentences => _sentences ??= SplitSentences();

    private List<NarrativeSentence> SplitSentences()
    {
        var sentences = new List<NarrativeSentence>();
        foreach (var section in Report.Sections)
        {
            foreach (var paragraph in section.Paragraphs)
            {
                foreach (var text in NarrativeText.Sentences(paragraph.Text))
                {
                    sentences.Add(new NarrativeSentence(section, paragraph, text));
                }
            }
        }

        return sentences;
    }

    /// <summary>The totals of tables 三 and 四 a narrative may quote; computed once.</summary>
    public TableFigures Figures => _figures ??= new TableFigures(this);

    /// <summary>
    /// Table 三 as numbers by (row, column) position of <see cref="FormatIndex"/>: null where the cell is
    /// absent or unreadable (see <see cref="TryGet(CellKey, out decimal)"/>); read once per report.
    /// </summary>
    public decimal?[,] Requests
    {
        get
        {
            if (_requests is null)
            {
                var keys = Index.RequestKeys;
                _requests = new decimal?[keys.GetLength(0), keys.GetLength(1)];
                for (var row = 0; row < keys.GetLength(0); row++)
                {
                    for (var column = 0; column < keys.GetLength(1); column++)
                    {
                        _requests[row, column] = TryGet(keys[row, column], out var number) ? number : null;
                    }
                }
            }

            return _requests;
        }
    }

    /// <summary>The sum of table 三's cells at <paramref name="rows"/> in one column, or null if any is unknown.</summary>
    public decimal? SumRequests(IEnumerable<int> rows, int column)
    {
        var sum = 0m;
        foreach (var row in rows)
        {
            if (Requests[row, column] is not { } number)
            {
                return null;
            }

            sum += number;
        }

        return sum;
    }

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
