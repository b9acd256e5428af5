namespace Gongkai.Documents.Writing;

/// <summary>What a cell of a laid-out table is.</summary>
internal enum LayoutRole
{
    /// <summary>A block's heading row, e.g. 第二十条第（一）项, across the whole table.</summary>
    BlockHeading,

    /// <summary>The cell over the row labels, e.g. 信息内容.</summary>
    Corner,

    /// <summary>A merged column group header, e.g. 申请人情况.</summary>
    ColumnGroup,

    /// <summary>A column's own header.</summary>
    ColumnHeader,

    /// <summary>A merged row group header, e.g. 三、本年度办理结果.</summary>
    RowGroup,

    /// <summary>A row's own label.</summary>
    RowHeader,

    /// <summary>A value cell.</summary>
    Data,
}

/// <summary>
/// One cell of a laid-out table on a grid: where it starts, how far it spans and, for a value cell,
/// which block row and column it stands for. Writers turn spans into gridSpan/vMerge or colspan/rowspan.
/// </summary>
internal sealed record LayoutCell(
    LayoutRole Role,
    string Text,
    int Column,
    int ColSpan,
    int RowSpan,
    string Id,
    IReadOnlyList<string> Headers,
    int Block,
    int RowIndex = -1,
    int ColumnIndex = -1)
{
    /// <summary>True for header cells (th in HTML).</summary>
    public bool IsHeader => Role != LayoutRole.Data;
}
