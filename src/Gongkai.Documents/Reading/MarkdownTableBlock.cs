namespace Gongkai.Documents.Reading;

/// <summary>One pipe table as written: its bold heading (if any), the line it starts on, and its rows (header first).</summary>
internal sealed record MarkdownTableBlock(string? Heading, int Line, IReadOnlyList<MarkdownTableRow> Rows);

/// <summary>One row of a pipe table with its 1-based line number.</summary>
internal sealed record MarkdownTableRow(int Line, IReadOnlyList<string> Cells);
