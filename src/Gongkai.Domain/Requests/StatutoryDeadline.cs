namespace Gongkai.Domain.Requests;

/// <summary>A single statutory deadline with its explanation, e.g. the correction notice (Art. 30).</summary>
/// <param name="Date">The last day.</param>
/// <param name="Explanation">How it was counted, in Chinese.</param>
public sealed record StatutoryDeadline(DateOnly Date, string Explanation);
