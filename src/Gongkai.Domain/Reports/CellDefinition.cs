namespace Gongkai.Domain.Reports;

/// <summary>One numeric cell of a format, with the row and column that define it.</summary>
public sealed record CellDefinition(CellKey Key, BlockDefinition Block, RowDefinition Row, ColumnDefinition Column)
{
    /// <summary>A human label for findings: "三、… （三）不予公开 1.属于国家秘密 / 自然人".</summary>
    public string Label => $"{Row.FullLabel} / {string.Join(" ", Column.Groups.Append(Column.Label))}";
}
