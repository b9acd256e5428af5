namespace Gongkai.Domain.Reports;

/// <summary>One data column of a table block, with the merged header cells above it.</summary>
/// <param name="Key">Stable key, unique within the block.</param>
/// <param name="Label">The column's own header text, verbatim from the format.</param>
/// <param name="Groups">Merged header cells above this column, outermost first (e.g. 行政诉讼, 未经复议直接起诉).</param>
/// <param name="Kind">What the cells of this column hold.</param>
public sealed record ColumnDefinition(string Key, string Label, IReadOnlyList<string> Groups, ValueKind Kind);
