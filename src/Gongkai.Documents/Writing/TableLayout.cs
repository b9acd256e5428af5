using System.Collections.Concurrent;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// A table laid out on a grid as the official form prints it: block heading rows across the table,
/// column groups merged over their columns, row groups merged down their rows. Every writer draws
/// from the same layout, so DOCX, HTML and Markdown agree cell for cell.
/// </summary>
internal sealed class TableLayout
{
    private static readonly ConcurrentDictionary<(ReportFormat, string), TableLayout> Cache = new();

    private TableLayout(string key, IReadOnlyList<LayoutBlock> blocks, int rowHeaderColumns, int dataColumns, IReadOnlyList<LayoutRow> rows)
    {
        Key = key;
        Blocks = blocks;
        RowHeaderColumns = rowHeaderColumns;
        DataColumns = dataColumns;
        Rows = rows;
    }

    /// <summary>The prefix of the layout's cell ids ("t3" for table 三): short, as every value cell lists its headers' ids.</summary>
    public string Key { get; }

    public IReadOnlyList<LayoutBlock> Blocks { get; }

    /// <summary>Grid columns taken by row groups and row labels (0 when the table has no row labels).</summary>
    public int RowHeaderColumns { get; }

    /// <summary>Grid columns for values: the least common multiple of the blocks' column counts.</summary>
    public int DataColumns { get; }

    public int GridColumns => RowHeaderColumns + DataColumns;

    public IReadOnlyList<LayoutRow> Rows { get; }

    /// <summary>
    /// The rows as a word processor stores them: every row lists a slot for each cell that starts in
    /// it and for each vertically merged cell that continues into it (DOCX vMerge, Word's text export).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<GridSlot>> Slots => _slots ??= BuildSlots();

    private IReadOnlyList<IReadOnlyList<GridSlot>>? _slots;

    private List<IReadOnlyList<GridSlot>> BuildSlots()
    {
        var result = new List<IReadOnlyList<GridSlot>>(Rows.Count);
        var cover = new (int LastRow, int Span)[GridColumns];
        for (var r = 0; r < Rows.Count; r++)
        {
            var starts = Rows[r].Cells.ToDictionary(c => c.Column);
            var slots = new List<GridSlot>();
            for (var column = 0; column < GridColumns;)
            {
                if (starts.TryGetValue(column, out var cell))
                {
                    slots.Add(new GridSlot(cell, column, cell.ColSpan, false));
                    if (cell.RowSpan > 1)
                    {
                        cover[column] = (r + cell.RowSpan - 1, cell.ColSpan);
                    }

                    column += cell.ColSpan;
                }
                else if (cover[column].Span > 0 && cover[column].LastRow >= r)
                {
                    slots.Add(new GridSlot(null, column, cover[column].Span, true));
                    column += cover[column].Span;
                }
                else
                {
                    slots.Add(new GridSlot(null, column, 1, false));
                    column++;
                }
            }

            result.Add(slots);
        }

        return result;
    }

    /// <summary>The layout of a format's table, built once.</summary>
    public static TableLayout For(ReportFormat format, TableDefinition table) =>
        Cache.GetOrAdd((format, table.Key), _ => Build($"t{table.SectionNumber}", [.. table.Blocks.Select(ToLayoutBlock)]));

    /// <summary>The cell key a value cell stands for.</summary>
    public static CellKey KeyOf(TableDefinition table, LayoutCell cell)
    {
        var block = table.Blocks[cell.Block];
        return new CellKey(table.Key, block.Rows[cell.RowIndex].Key, block.Columns[cell.ColumnIndex].Key);
    }

    public static TableLayout Build(string key, IReadOnlyList<LayoutBlock> blocks)
    {
        var hasRowHeaders = blocks.Any(b => b.Corner is not null || b.Rows.Any(r => r.Label.Length > 0 || r.Groups.Count > 0));
        var rowHeaderColumns = hasRowHeaders ? blocks.SelectMany(b => b.Rows).Select(r => r.Groups.Count + 1).DefaultIfEmpty(1).Max() : 0;
        var dataColumns = blocks.Select(b => Math.Max(1, b.Columns.Count)).Aggregate(1, LeastCommonMultiple);
        var rows = new List<LayoutRow>();
        for (var b = 0; b < blocks.Count; b++)
        {
            AddBlock(key, b, blocks[b], rowHeaderColumns, dataColumns, rows);
        }

        return new TableLayout(key, blocks, rowHeaderColumns, dataColumns, rows);
    }

    private static void AddBlock(string table, int b, LayoutBlock block, int rowHeaderColumns, int dataColumns, List<LayoutRow> rows)
    {
        var prefix = $"{table}b{b}";
        var blockHeaders = new List<string>();
        if (block.Heading is not null)
        {
            blockHeaders.Add(prefix);
            rows.Add(new LayoutRow(true, b, [new LayoutCell(LayoutRole.BlockHeading, block.Heading, 0, rowHeaderColumns + dataColumns, 1, prefix, [], b)]));
        }

        var unit = dataColumns / Math.Max(1, block.Columns.Count);
        var depth = block.Columns.Select(c => c.Groups.Count + 1).DefaultIfEmpty(1).Max();
        var columnHeaders = block.Columns.Select(_ => new List<string>(blockHeaders)).ToArray();
        for (var level = 0; level < depth; level++)
        {
            var cells = new List<LayoutCell>();
            if (level == 0 && rowHeaderColumns > 0)
            {
                cells.Add(new LayoutCell(LayoutRole.Corner, block.Corner ?? string.Empty, 0, rowHeaderColumns, depth, $"{prefix}k", blockHeaders, b));
            }

            for (var i = 0; i < block.Columns.Count;)
            {
                var column = block.Columns[i];
                var start = rowHeaderColumns + (i * unit);
                if (level < column.Groups.Count)
                {
                    var run = 1;
                    while (i + run < block.Columns.Count && SamePrefix(column.Groups, block.Columns[i + run].Groups, level + 1))
                    {
                        run++;
                    }

                    var id = $"{prefix}g{level}c{i}";
                    cells.Add(new LayoutCell(LayoutRole.ColumnGroup, column.Groups[level], start, run * unit, 1, id, [.. columnHeaders[i]], b));
                    for (var j = i; j < i + run; j++)
                    {
                        columnHeaders[j].Add(id);
                    }

                    i += run;
                }
                else
                {
                    if (level == column.Groups.Count)
                    {
                        var id = $"{prefix}c{i}";
                        cells.Add(new LayoutCell(LayoutRole.ColumnHeader, column.Label, start, unit, depth - level, id, [.. columnHeaders[i]], b));
                        columnHeaders[i].Add(id);
                    }

                    i++;
                }
            }

            rows.Add(new LayoutRow(true, b, cells));
        }

        var rowHeaders = new List<string>[block.Rows.Count];
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var row = block.Rows[r];
            var cells = new List<LayoutCell>();
            rowHeaders[r] = [];
            if (rowHeaderColumns > 0)
            {
                for (var level = 0; level < row.Groups.Count; level++)
                {
                    var first = r;
                    while (first > 0 && SamePrefix(row.Groups, block.Rows[first - 1].Groups, level + 1))
                    {
                        first--;
                    }

                    var id = $"{prefix}g{level}r{first}";
                    if (first == r)
                    {
                        var run = 1;
                        while (r + run < block.Rows.Count && SamePrefix(row.Groups, block.Rows[r + run].Groups, level + 1))
                        {
                            run++;
                        }

                        cells.Add(new LayoutCell(LayoutRole.RowGroup, row.Groups[level], level, 1, run, id, [.. rowHeaders[r]], b));
                    }

                    rowHeaders[r].Add(id);
                }

                var labelId = $"{prefix}r{r}";
                cells.Add(new LayoutCell(LayoutRole.RowHeader, row.Label, row.Groups.Count, rowHeaderColumns - row.Groups.Count, 1, labelId, [.. rowHeaders[r]], b, r));
                rowHeaders[r].Add(labelId);
            }

            for (var c = 0; c < block.Columns.Count; c++)
            {
                var headers = rowHeaders[r].Concat(columnHeaders[c]).ToList();
                var id = $"{prefix}r{r}c{c}";
                cells.Add(new LayoutCell(LayoutRole.Data, string.Empty, rowHeaderColumns + (c * unit), unit, 1, id, headers, b, r, c));
            }

            rows.Add(new LayoutRow(false, b, cells));
        }
    }

    private static LayoutBlock ToLayoutBlock(BlockDefinition block) => new(
        block.Key,
        block.Heading,
        block.RowHeaderLabel,
        [.. block.Columns.Select(c => new HeaderPath(c.Key, c.Groups, c.Label))],
        [.. block.Rows.Select(r => new HeaderPath(r.Key, r.Groups, r.Label))]);

    private static bool SamePrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int length)
    {
        if (a.Count < length || b.Count < length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int LeastCommonMultiple(int a, int b)
    {
        int x = a, y = b;
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }

        return a / x * b;
    }
}
