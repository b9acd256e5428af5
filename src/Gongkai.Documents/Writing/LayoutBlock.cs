namespace Gongkai.Documents.Writing;

/// <summary>A block to lay out: optional heading row, the corner text, its columns and rows.</summary>
internal sealed record LayoutBlock(
    string Key,
    string? Heading,
    string? Corner,
    IReadOnlyList<HeaderPath> Columns,
    IReadOnlyList<HeaderPath> Rows);
