using Gongkai.Domain.Reports;

namespace Gongkai.Application.Reports;

/// <summary>A year's report as the console shows it: the current version (null before any), the report and its checks.</summary>
public sealed record ReportWorkspace(
    string AgencyName,
    int Year,
    AnnualReportVersion? Current,
    IReadOnlyList<AnnualReportVersion> Versions,
    AnnualReport Report,
    IReadOnlyList<Finding> Findings,
    bool CanEdit,
    bool CanApprove)
{
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    public bool IsFrozen => Current?.Status == ReportStatus.Published;
}
