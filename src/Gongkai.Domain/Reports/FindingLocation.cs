namespace Gongkai.Domain.Reports;

/// <summary>Where a finding points: a section, a cell, and the place in the source document.</summary>
/// <param name="Section">The section number (1–6), if the finding is about one.</param>
/// <param name="Cell">The cell, if the finding is about one.</param>
/// <param name="Source">Where in the source document, if the report was read from one.</param>
public sealed record FindingLocation(int? Section = null, CellKey? Cell = null, SourceLocation? Source = null)
{
    /// <summary>The whole report.</summary>
    public static FindingLocation Report { get; } = new();

    /// <summary>A cell, with its source place taken from the value read.</summary>
    public static FindingLocation Of(CellKey cell, CellValue value, int? section = null) =>
        new(section, cell, value.Source);
}
