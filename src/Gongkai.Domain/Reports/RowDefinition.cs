namespace Gongkai.Domain.Reports;

/// <summary>One data row of a table block.</summary>
/// <param name="Key">Stable key, unique within the table.</param>
/// <param name="Label">The row's own label, verbatim from the format.</param>
/// <param name="Groups">Merged row-header cells to the left of the label, outermost first.</param>
/// <param name="Role">How the row takes part in the table's arithmetic.</param>
/// <param name="AlternativeLabels">Other wordings seen in real reports that mean the same row.</param>
public sealed record RowDefinition(
    string Key,
    string Label,
    IReadOnlyList<string> Groups,
    RowRole Role,
    IReadOnlyList<string> AlternativeLabels)
{
    /// <summary>The label with its groups, as a reader would say it: "（三）不予公开 1.属于国家秘密".</summary>
    public string FullLabel => Groups.Count == 0 ? Label : string.Join(" ", Groups.Append(Label));
}
