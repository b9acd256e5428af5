using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading;

/// <summary>A paragraph or a table of a <see cref="SourceDocument"/>.</summary>
public abstract record SourceBlock(SourceLocation Location);

/// <summary>A paragraph of text (one line of a text file, a &lt;p&gt;, a DOCX paragraph, a PDF line).</summary>
public sealed record SourceParagraph(string Text, SourceLocation Location) : SourceBlock(Location);

/// <summary>
/// A table: rows of cells. Rows may have different numbers of cells (text extracted from Word drops
/// merged cells or leaves them as empty cells); spans are kept where the shape has them.
/// </summary>
public sealed record SourceTable(IReadOnlyList<SourceRow> Rows, SourceLocation Location) : SourceBlock(Location);

/// <summary>One row of a <see cref="SourceTable"/>.</summary>
public sealed record SourceRow(IReadOnlyList<SourceCell> Cells);

/// <summary>One cell: its text (runs joined, whitespace kept as found), where it is, and its spans.</summary>
public sealed record SourceCell(string Text, SourceLocation Location, int RowSpan = 1, int ColSpan = 1);
