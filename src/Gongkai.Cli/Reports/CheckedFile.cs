using Gongkai.Domain.Reports;

namespace Gongkai.Cli.Reports;

/// <summary>One file after reading and checking: the report and its findings, or why it could not be read.</summary>
/// <param name="Path">The path as given on the command line.</param>
/// <param name="Report">The report read; null when the file could not be read.</param>
/// <param name="Findings">The reader's doubts followed by the checks' findings.</param>
/// <param name="Unreadable">Why the file could not be read at all (Chinese), or null.</param>
internal sealed record CheckedFile(string Path, AnnualReport? Report, IReadOnlyList<Finding> Findings, string? Unreadable)
{
    public bool IsUnreadable => Unreadable is not null;

    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    public bool HasWarnings => Findings.Any(f => f.Severity != FindingSeverity.Error);

    public static CheckedFile Failed(string path, string reason, IReadOnlyList<Finding>? findings = null) =>
        new(path, null, findings ?? [], reason);
}
