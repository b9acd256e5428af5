using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>Every data row of both formats' tables, to recognise source rows by their labels.</summary>
internal static class RowCatalog
{
    private static readonly Dictionary<string, RowCandidate[]> ByTable = Build();

    /// <summary>The best row per format of <paramref name="tableKey"/> (optionally one block) for a label.</summary>
    public static Dictionary<ReportFormat, RowMatch> Match(string tableKey, string? blockKey, string normalizedLabel, string normalizedGroups)
    {
        var result = new Dictionary<ReportFormat, RowMatch>();
        if (normalizedLabel.Length == 0)
        {
            return result;
        }

        foreach (var group in ByTable.GetValueOrDefault(tableKey, []).Where(c => blockKey is null || c.Block.Key == blockKey).GroupBy(c => c.Format))
        {
            RowCandidate? best = null;
            double bestScore = 0, runnerUp = 0;
            foreach (var candidate in group)
            {
                var score = candidate.Score(normalizedLabel);
                if (score < 1 && normalizedGroups.Length > 0)
                {
                    score = Math.Max(score, candidate.Score(normalizedGroups + normalizedLabel));
                }

                if (score > bestScore)
                {
                    runnerUp = bestScore;
                    bestScore = score;
                    best = candidate;
                }
                else if (score > runnerUp)
                {
                    runnerUp = score;
                }
            }

            if (best is not null)
            {
                result[group.Key] = new RowMatch(best, bestScore, runnerUp);
            }
        }

        return result;
    }

    private static Dictionary<string, RowCandidate[]> Build() =>
        ReportFormats.All
            .SelectMany(f => f.Tables.SelectMany(t => t.Rows.Where(r => r.Row.Label.Length > 0).Select(r => RowCandidate.Of(f.Format, t, r.Block, r.Row))))
            .GroupBy(c => c.Table.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
