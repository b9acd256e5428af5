using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>Every data row of both formats' tables, to recognise source rows by their labels.</summary>
internal static class RowCatalog
{
    private static readonly Dictionary<string, RowCandidate[]> ByTable = Build();

    /// <summary>Every recognising text of every row, for the common case of an exact label.</summary>
    private static readonly Dictionary<(string Table, string Text), RowCandidate[]> Exact = ByTable
        .SelectMany(t => t.Value.SelectMany(c => c.Texts.Select(text => (Key: (t.Key, text), Candidate: c))))
        .GroupBy(x => x.Key)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Candidate).Distinct().ToArray());

    /// <summary>
    /// Labels seen before: a row that only one format has (most of table 三's 2021 rows) misses the
    /// exact path and would be scored by edit distance against every row again in every report.
    /// </summary>
    private static readonly LabelMatchMemo<(string Table, string? Block, string Label, string Groups), Dictionary<ReportFormat, RowMatch>> Memo = new(50_000);

    /// <summary>The best row per format of <paramref name="tableKey"/> (optionally one block) for a label; shared, do not change it.</summary>
    public static Dictionary<ReportFormat, RowMatch> Match(string tableKey, string? blockKey, string normalizedLabel, string normalizedGroups) =>
        Memo.GetOrAdd((tableKey, blockKey, normalizedLabel, normalizedGroups), key => Compute(key.Table, key.Block, key.Label, key.Groups));

    private static Dictionary<ReportFormat, RowMatch> Compute(string tableKey, string? blockKey, string normalizedLabel, string normalizedGroups)
    {
        var result = new Dictionary<ReportFormat, RowMatch>();
        if (normalizedLabel.Length == 0)
        {
            return result;
        }

        if (ExactMatch(tableKey, blockKey, normalizedLabel) is { } exact)
        {
            return exact;
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

    /// <summary>
    /// The rows whose label (or label without its enumerator) is exactly the text: one per format is a
    /// sure match; two rows of one format with the same text leave that format to the fuzzy pass.
    /// </summary>
    private static Dictionary<ReportFormat, RowMatch>? ExactMatch(string tableKey, string? blockKey, string normalizedLabel)
    {
        if (!Exact.TryGetValue((tableKey, normalizedLabel), out var hits) && !Exact.TryGetValue((tableKey, LabelText.Core(normalizedLabel)), out hits))
        {
            return null;
        }

        var result = new Dictionary<ReportFormat, RowMatch>();
        foreach (var group in hits.Where(c => blockKey is null || c.Block.Key == blockKey).GroupBy(c => c.Format))
        {
            if (group.Count() != 1)
            {
                return null;
            }

            result[group.Key] = new RowMatch(group.First(), 1, 0);
        }

        // A format without the row still needs its fuzzy best, to weigh the format evidence.
        return result.Count == ReportFormats.All.Count ? result : null;
    }

    private static Dictionary<string, RowCandidate[]> Build() =>
        ReportFormats.All
            .SelectMany(f => f.Tables.SelectMany(t => t.Rows.Where(r => r.Row.Label.Length > 0).Select(r => RowCandidate.Of(f.Format, t, r.Block, r.Row))))
            .GroupBy(c => c.Table.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
