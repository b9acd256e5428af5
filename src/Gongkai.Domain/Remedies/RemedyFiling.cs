namespace Gongkai.Domain.Remedies;

/// <summary>
/// One administrative reconsideration or lawsuit over a disclosure decision, as table 四 needs it.
/// </summary>
/// <param name="Kind">Reconsideration, a lawsuit filed directly, or a lawsuit after reconsideration.</param>
/// <param name="FiledOn">The day the case was filed (立案/受理).</param>
/// <param name="DecidedOn">The day it was decided, if it has been.</param>
/// <param name="Result">How it ended; ignored while <paramref name="DecidedOn"/> is empty.</param>
public readonly record struct RemedyFiling(RemedyKind Kind, DateOnly FiledOn, DateOnly? DecidedOn, RemedyResult Result)
{
    /// <summary>
    /// The result as it stood on 31 December of <paramref name="year"/>: a case decided after that
    /// day, or not yet decided, is 尚未审结 in that year's report.
    /// </summary>
    /// <param name="year">The report year.</param>
    /// <returns>The result table 四 shows for the case in that year.</returns>
    public RemedyResult ResultAtEndOf(int year) =>
        DecidedOn is { } day && day.Year <= year ? Result : RemedyResult.Pending;
}
