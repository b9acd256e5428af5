namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>The best row of one format for a source row, how sure, and how far ahead of the next best.</summary>
internal sealed record RowMatch(RowCandidate Candidate, double Score, double RunnerUp)
{
    /// <summary>Matched well enough to place values.</summary>
    public bool Accepted => Score >= LabelSimilarity.Accept && Score - RunnerUp >= LabelSimilarity.Margin;

    /// <summary>Matched, but not exactly: the reading must be verified.</summary>
    public bool Doubtful => Accepted && Score < 1;

    /// <summary>Close to two rows at once: the values cannot be placed for sure.</summary>
    public bool Ambiguous => Score >= LabelSimilarity.Accept && Score - RunnerUp < LabelSimilarity.Margin;
}
