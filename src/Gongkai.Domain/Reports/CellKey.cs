namespace Gongkai.Domain.Reports;

/// <summary>
/// The stable address of one numeric cell: table, row and column keys from the format definition.
/// Two reports compare cell by cell through these keys, whatever their layout on paper.
/// </summary>
/// <param name="Table">Table key: <c>proactive</c> (二), <c>requests</c> (三) or <c>remedies</c> (四).</param>
/// <param name="Row">Row key, unique within its table.</param>
/// <param name="Column">Column key, unique within the row's block.</param>
public readonly record struct CellKey(string Table, string Row, string Column)
{
    /// <summary>The canonical text form <c>table.row.column</c>, used as the JSON key.</summary>
    public override string ToString() => $"{Table}.{Row}.{Column}";

    /// <summary>Parses the canonical text form.</summary>
    /// <exception cref="FormatException">The text is not three dot-separated keys.</exception>
    public static CellKey Parse(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new FormatException($"'{text}' is not a cell key of the form table.row.column.");
        }

        return new CellKey(parts[0], parts[1], parts[2]);
    }
}
