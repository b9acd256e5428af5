using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>Summaries of one row's matches against each format's rows (<see cref="RowCatalog.Match"/>), without LINQ: they run per table row.</summary>
internal static class RowMatches
{
    public static bool AnyAccepted(Dictionary<ReportFormat, RowMatch> matches, double minimum)
    {
        foreach (var match in matches.Values)
        {
            if (match.Accepted && match.Score >= minimum)
            {
                return true;
            }
        }

        return false;
    }

    public static RowMatch? FirstAccepted(Dictionary<ReportFormat, RowMatch> matches)
    {
        foreach (var match in matches.Values)
        {
            if (match.Accepted)
            {
                return match;
            }
        }

        return null;
    }

    public static double BestScore(Dictionary<ReportFormat, RowMatch> matches)
    {
        var best = 0.0;
        foreach (var match in matches.Values)
        {
            best = Math.Max(best, match.Score);
        }

        return best;
    }
}
