namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// What the checks look up in a format again and again, computed once per format: every cell in layout
/// order, and table 三's rows and columns by position. Keeps a check run to microseconds (the bench reads
/// and checks thousands of reports a second).
/// </summary>
internal sealed class FormatIndex
{
    private static readonly Dictionary<ReportFormat, FormatIndex> Indexes =
        ReportFormats.All.ToDictionary(f => f.Format, f => new FormatIndex(f));

    private FormatIndex(ReportFormatDefinition definition)
    {
        Cells = [.. definition.Cells];
        var block = definition.Table(TableKeys.Requests).Blocks[0];
        RequestRows = block.Rows;
        RequestColumns = block.Columns;
        RequestKeys = new CellKey[RequestRows.Count, RequestColumns.Count];
        for (var row = 0; row < RequestRows.Count; row++)
        {
            for (var column = 0; column < RequestColumns.Count; column++)
            {
                RequestKeys[row, column] = new CellKey(TableKeys.Requests, RequestRows[row].Key, RequestColumns[column].Key);
            }
        }

        ForeignCells = ReportFormats.All.Where(f => f.Format != definition.Format)
            .SelectMany(f => f.Cells.Select(c => (Format: f, Cell: c)))
            .Where(x => !definition.HasCell(x.Cell.Key))
            .ToArray();
        TotalColumn = RequestColumns.Count - 1 - RequestColumns.Reverse().TakeWhile(c => c.Key != "total").Count();
        Dispositions = Enumerable.Range(0, RequestRows.Count).Where(i => RequestRows[i].Role == RowRole.Disposition).ToArray();
        DispositionGroups = [.. Dispositions.GroupBy(row => TableFigures.GroupOf(RequestRows[row]), StringComparer.Ordinal).Select(g => (g.Key, g.ToArray()))];
        NewRequestNames = [.. RequestColumns.Select(c => "新收 " + c.Label)];
        RemedyFigures = [.. Cells.Where(c => c.Key.Table == TableKeys.Remedies).Select(c => (TableFigures.RemedyName(c.Column), c.Key))];
        FigureCount = DispositionGroups.Length + Dispositions.Length + RequestColumns.Count + RemedyFigures.Length;
        RulesCells = [.. definition.Table(TableKeys.Proactive).Cells.Where(c => c.Row.Key == RuleMakingPowerCheck.RulesRow)];
    }

    public static FormatIndex Of(ReportFormat format) => Indexes[format];

    /// <summary>Every cell of the format, in layout order.</summary>
    public IReadOnlyList<CellDefinition> Cells { get; }

    public IReadOnlyList<RowDefinition> RequestRows { get; }

    public IReadOnlyList<ColumnDefinition> RequestColumns { get; }

    /// <summary>The cells only other formats have (e.g. 第二十条第（九）项 for the 2021 format), with their format.</summary>
    public IReadOnlyList<(ReportFormatDefinition Format, CellDefinition Cell)> ForeignCells { get; }

    /// <summary>The key of table 三's cell at (row, column) position.</summary>
    public CellKey[,] RequestKeys { get; }

    /// <summary>The position of the 总计 column.</summary>
    public int TotalColumn { get; }

    /// <summary>The positions of the disposition (leaf outcome) rows.</summary>
    public int[] Dispositions { get; }

    /// <summary>The disposition groups of table 三 by name ("（三）不予公开", or a row on its own), with their rows' positions.</summary>
    public (string Name, int[] Rows)[] DispositionGroups { get; }

    /// <summary>The name of each column's 新收 figure ("新收 自然人"), by column position.</summary>
    public string[] NewRequestNames { get; }

    /// <summary>Table 四's cells with their figure names ("行政复议 总计"), in layout order.</summary>
    public (string Name, CellKey Key)[] RemedyFigures { get; }

    /// <summary>How many figures <see cref="TableFigures"/> names at most, to size its dictionary once.</summary>
    public int FigureCount { get; }

    /// <summary>The cells of the 规章 row of 第二十条第（一）项.</summary>
    public CellDefinition[] RulesCells { get; }

    public int RowOf(RowRole role)
    {
        for (var i = 0; i < RequestRows.Count; i++)
        {
            if (RequestRows[i].Role == role)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The format has no {role} row.");
    }
}
