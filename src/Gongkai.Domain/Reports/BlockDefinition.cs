namespace Gongkai.Domain.Reports;

/// <summary>
/// A rectangular part of a table with its own header: one 第二十条 item of table 二, or the whole of
/// table 三 or 四.
/// </summary>
/// <param name="Key">Stable key, unique within the format.</param>
/// <param name="Heading">The block's heading row, e.g. "第二十条第（一）项"; null when the table has none.</param>
/// <param name="RowHeaderLabel">The text over the row labels, e.g. "信息内容"; null when empty.</param>
/// <param name="Columns">The data columns, left to right.</param>
/// <param name="Rows">The data rows, top to bottom.</param>
public sealed record BlockDefinition(
    string Key,
    string? Heading,
    string? RowHeaderLabel,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<RowDefinition> Rows);
