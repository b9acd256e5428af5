namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// The totals of tables 三 and 四 that a narrative may quote, by name. A figure is null when a cell it
/// needs is absent or unreadable, so that a narrative is never compared with a guess.
/// </summary>
internal sealed class TableFigures
{
    private readonly Dictionary<string, decimal?> _figures;

    public TableFigures(CheckContext context)
    {
        var index = context.Index;
        _figures = new(index.FigureCount, StringComparer.Ordinal);
        var total = index.TotalColumn;
        decimal? Requests(IEnumerable<int> rows) => context.SumRequests(rows, total);

        var newRow = index.RowOf(RowRole.NewRequests);
        New = Requests([newRow]);
        CarriedOver = Requests([index.RowOf(RowRole.CarriedOver)]);
        Outcomes = Requests([index.RowOf(RowRole.DispositionTotal)]);
        CarriedForward = Requests([index.RowOf(RowRole.CarriedForward)]);
        // The names are the format's, worked out once per format (FormatIndex), not per report.
        foreach (var (name, rows) in index.DispositionGroups)
        {
            _figures[name] = Requests(rows);
        }

        foreach (var row in index.Dispositions)
        {
            _figures[index.RequestRows[row].Label] = context.Requests[row, total];
        }

        for (var column = 0; column < index.RequestColumns.Count; column++)
        {
            if (column != total)
            {
                _figures[index.NewRequestNames[column]] = context.Requests[newRow, column];
            }
        }

        foreach (var (name, key) in index.RemedyFigures)
        {
            _figures[name] = context.TryGet(key, out var n) ? n : null;
        }

        Reconsideration = Get("行政复议 总计");
        LitigationDirect = Get("行政诉讼 未经复议直接起诉 总计");
        LitigationAfter = Get("行政诉讼 复议后起诉 总计");
        Litigation = LitigationDirect + LitigationAfter;
    }

    public decimal? New { get; }

    public decimal? CarriedOver { get; }

    public decimal? NewAndCarriedOver => New + CarriedOver;

    public decimal? Outcomes { get; }

    public decimal? CarriedForward { get; }

    public decimal? Reconsideration { get; }

    public decimal? LitigationDirect { get; }

    public decimal? LitigationAfter { get; }

    public decimal? Litigation { get; }

    public decimal? Remedies => Reconsideration + Litigation;

    /// <summary>Every named figure, for reproducing a stated percentage.</summary>
    public IEnumerable<(string Name, decimal Value)> All =>
        _figures.Select(f => (f.Key, f.Value))
            .Concat(Named())
            .Where(f => f.Item2 is not null)
            .Select(f => (f.Key, f.Item2!.Value));

    /// <summary>The figures a percentage may be "of": applications, outcomes, remedy cases.</summary>
    public IEnumerable<(string Name, decimal Value)> Bases => All.Where(f => BaseNames.Contains(f.Name) && f.Value > 0);

    private static readonly HashSet<string> BaseNames = new(StringComparer.Ordinal)
    {
        "新收", "新收与结转", "办理结果", "行政复议 总计", "行政诉讼 未经复议直接起诉 总计", "行政诉讼 复议后起诉 总计", "行政诉讼", "复议与诉讼",
    };

    private IEnumerable<(string Key, decimal? Value)> Named() =>
    [
        ("新收", New), ("上年结转", CarriedOver), ("新收与结转", NewAndCarriedOver), ("办理结果", Outcomes),
        ("结转下年", CarriedForward), ("行政诉讼", Litigation), ("复议与诉讼", Remedies),
    ];

    /// <summary>A named figure: a disposition group ("（三）不予公开"), a leaf row label, a remedy column; null if unknown.</summary>
    public decimal? Get(string name) => _figures.GetValueOrDefault(name);

    /// <summary>The disposition group whose name contains <paramref name="keyword"/> ("不予公开"), or null.</summary>
    public decimal? Group(string keyword, IEnumerable<RowDefinition> dispositions)
    {
        var name = dispositions.Select(GroupOf).FirstOrDefault(g => g.Contains(keyword, StringComparison.Ordinal));
        return name is null ? null : Get(name);
    }

    public static string RemedyName(ColumnDefinition column) => string.Join(" ", column.Groups.Append(column.Label));

    /// <summary>The group a disposition row belongs to: "（三）不予公开", or the row itself ("（一）予以公开").</summary>
    public static string GroupOf(RowDefinition row) => row.Groups.Count > 1 ? row.Groups[1] : row.Label;
}
