namespace Gongkai.Domain.Reports;

/// <summary>One thing a check or a reader found, with where it is and what is wrong, in Chinese.</summary>
/// <param name="RuleId">The rule: K1 … K11, STRUCTURE, PLAUSIBILITY, READ, ….</param>
/// <param name="Severity">Error, warning or a reading doubt.</param>
/// <param name="Location">Section, cell and source place it concerns.</param>
/// <param name="Message">What is wrong, for the person who must fix it.</param>
public sealed record Finding(string RuleId, FindingSeverity Severity, FindingLocation Location, string Message);
