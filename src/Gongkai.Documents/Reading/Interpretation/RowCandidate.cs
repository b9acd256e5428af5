using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>A row of a format that a source row may be, with the texts it is recognised by.</summary>
internal sealed record RowCandidate(ReportFormat Format, TableDefinition Table, BlockDefinition Block, RowDefinition Row, IReadOnlyList<string> Texts)
{
    public static RowCandidate Of(ReportFormat format, TableDefinition table, BlockDefinition block, RowDefinition row)
    {
        var texts = new List<string>();
        foreach (var label in row.AlternativeLabels.Prepend(row.Label))
        {
            var normalized = LabelText.Normalize(label);
            if (normalized.Length == 0)
            {
                continue;
            }

            texts.Add(normalized);
            texts.Add(LabelText.Core(normalized));
            if (row.Groups.Count > 0)
            {
                texts.Add(LabelText.Core(LabelText.Normalize(row.Groups[^1])) + LabelText.Core(normalized));
            }
        }

        return new RowCandidate(format, table, block, row, [.. texts.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>How well a normalised label matches this row (1 = one of its texts exactly).</summary>
    public double Score(string normalized)
    {
        var core = LabelText.Core(normalized);
        var best = 0.0;
        foreach (var text in Texts)
        {
            if (string.Equals(text, normalized, StringComparison.Ordinal) || string.Equals(text, core, StringComparison.Ordinal))
            {
                return 1;
            }

            best = Math.Max(best, Math.Max(LabelSimilarity.Score(normalized, text), LabelSimilarity.Score(core, text)));
        }

        return best;
    }
}
