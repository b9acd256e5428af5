using Gongkai.Application.Persistence;

namespace Gongkai.Application.Reports;

/// <summary>
/// One version of an agency's annual report for a year (Art. 49–50). Drafts are recomputed from the
/// records; approval fixes the canonical JSON, publishing makes it public and final. A correction is a new, visible version.
/// </summary>
public sealed class AnnualReportVersion : IAgencyOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgencyId { get; set; }

    public int Year { get; set; }

    /// <summary>1 for the first publication, 2 for the first correction, …</summary>
    public int Number { get; set; }

    public ReportStatus Status { get; set; }

    /// <summary>Section 一 总体情况.</summary>
    public string Overview { get; set; } = "";

    /// <summary>Section 五 存在的主要问题及改进情况.</summary>
    public string Problems { get; set; } = "";

    /// <summary>Section 六 其他需要报告的事项.</summary>
    public string OtherMatters { get; set; } = "";

    /// <summary>Why this version corrects the previous one (shown publicly).</summary>
    public string CorrectionNote { get; set; } = "";

    public string ApprovedBy { get; set; } = "";

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The canonical JSON fixed at approval: what the approver saw, published as it is.</summary>
    public string? ApprovedJson { get; set; }

    /// <summary>The canonical JSON, frozen at publication.</summary>
    public string? PublishedJson { get; set; }

    public long Version { get; set; }
}
