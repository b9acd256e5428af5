namespace Gongkai.Documents.Writing;

/// <summary>One row of a laid-out table; header rows carry only header cells.</summary>
internal sealed record LayoutRow(bool IsHeader, int Block, IReadOnlyList<LayoutCell> Cells);
