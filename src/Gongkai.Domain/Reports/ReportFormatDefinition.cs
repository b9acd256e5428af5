namespace Gongkai.Domain.Reports;

/// <summary>
/// A complete annual-report format as data: sections, tables, blocks, rows and columns with their
/// exact labels. A new State Council revision is a new definition, not new code paths.
/// </summary>
public sealed class ReportFormatDefinition
{
    private readonly Dictionary<CellKey, CellDefinition> _cells;
    private readonly Dictionary<string, TableDefinition> _tables;

    internal ReportFormatDefinition(
        ReportFormat format,
        string name,
        string notice,
        IReadOnlyList<SectionDefinition> sections,
        IReadOnlyList<TableDefinition> tables)
    {
        Format = format;
        Name = name;
        Notice = notice;
        Sections = sections;
        Tables = tables;
        _tables = tables.ToDictionary(t => t.Key, StringComparer.Ordinal);
        _cells = tables.SelectMany(t => t.Cells).ToDictionary(c => c.Key);
    }

    /// <summary>Which format this is.</summary>
    public ReportFormat Format { get; }

    /// <summary>The format's Chinese name.</summary>
    public string Name { get; }

    /// <summary>The notice that issued it, e.g. 国办公开办函〔2021〕30号.</summary>
    public string Notice { get; }

    /// <summary>The six sections, in order.</summary>
    public IReadOnlyList<SectionDefinition> Sections { get; }

    /// <summary>The tables (二, 三, 四), in order.</summary>
    public IReadOnlyList<TableDefinition> Tables { get; }

    /// <summary>Every numeric cell of the format, in layout order.</summary>
    public IEnumerable<CellDefinition> Cells => Tables.SelectMany(t => t.Cells);

    /// <summary>The leaf rows of table 三's 本年度办理结果: the one vocabulary of dispositions.</summary>
    public IEnumerable<RowDefinition> Dispositions =>
        Table(TableKeys.Requests).Rows.Select(r => r.Row).Where(r => r.Role == RowRole.Disposition);

    /// <summary>The table with the given key.</summary>
    /// <exception cref="KeyNotFoundException">The format has no such table.</exception>
    public TableDefinition Table(string key) => _tables[key];

    /// <summary>The cell with the given key, or null when this format has no such cell.</summary>
    public CellDefinition? FindCell(CellKey key) => _cells.GetValueOrDefault(key);

    /// <summary>Whether this format has the cell.</summary>
    public bool HasCell(CellKey key) => _cells.ContainsKey(key);
}
