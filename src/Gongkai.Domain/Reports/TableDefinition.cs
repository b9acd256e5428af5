namespace Gongkai.Domain.Reports;

/// <summary>One of the report's three tables (sections 二, 三 and 四).</summary>
/// <param name="Key">Stable key: <c>proactive</c>, <c>requests</c> or <c>remedies</c>.</param>
/// <param name="SectionNumber">The section (1–6) the table belongs to.</param>
/// <param name="Blocks">The table's blocks, top to bottom.</param>
public sealed record TableDefinition(string Key, int SectionNumber, IReadOnlyList<BlockDefinition> Blocks)
{
    /// <summary>Every row of the table with the block it belongs to, in layout order.</summary>
    public IEnumerable<(BlockDefinition Block, RowDefinition Row)> Rows =>
        Blocks.SelectMany(block => block.Rows.Select(row => (block, row)));

    /// <summary>Every cell of the table, row by row, left to right.</summary>
    public IEnumerable<CellDefinition> Cells =>
        Rows.SelectMany(r => r.Block.Columns.Select(c => new CellDefinition(new CellKey(Key, r.Row.Key, c.Key), r.Block, r.Row, c)));
}
