namespace Gongkai.Domain.Reports;

/// <summary>One of the six sections every report has (Regulation Art. 50; both formats).</summary>
/// <param name="Number">1 to 6.</param>
/// <param name="Numeral">The Chinese numeral the format uses: 一 … 六.</param>
/// <param name="Title">The heading without its numeral, e.g. "总体情况".</param>
/// <param name="TableKey">The table this section holds, if any.</param>
public sealed record SectionDefinition(int Number, string Numeral, string Title, string? TableKey)
{
    /// <summary>The heading as printed: "一、总体情况".</summary>
    public string Heading => $"{Numeral}、{Title}";
}
