using System.Text;
using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Documents.Json;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Reports;

/// <summary>
/// The annual report of the user's agency for a year: compute, edit the narrative, approve, publish
/// (frozen), and correct by a new visible version (Art. 49–50).
/// </summary>
public sealed class AnnualReportDesk(GongkaiDbContext db, ReportComposer composer, TimeProvider timeProvider)
{
    public async Task<Result<ReportWorkspace>> OpenAsync(AgencyScope scope, IReadOnlyCollection<string> roles, Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        if (!scope.CanSee(agencyId))
        {
            return Error.NotFound("未找到该机关。");
        }

        if (RefuseYear(year) is { } refused)
        {
            return refused;
        }

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agencyId, cancellationToken);
        var versions = await db.Set<AnnualReportVersion>().AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Year == year)
            .OrderBy(r => r.Number)
            .ToListAsync(cancellationToken);
        var current = versions.LastOrDefault();
        // Published and approved versions show what was fixed then; only drafts follow the live records.
        var frozen = current switch
        {
            { Status: ReportStatus.Published, PublishedJson: { } published } => published,
            { Status: ReportStatus.Approved, ApprovedJson: { } approved } => approved,
            _ => null,
        };
        var report = frozen is not null
            ? CanonicalJsonReport.Read(Encoding.UTF8.GetBytes(frozen))
            : await composer.ComposeAsync(agency, year, Narrative(current), cancellationToken);
        var previous = await PreviousYearAsync(agencyId, year, cancellationToken);
        var canEdit = scope.CanChange(agencyId);
        return new ReportWorkspace(agency.Name, year, current, versions, report, AnnualReportChecks.Run(report, previous), canEdit, canEdit && roles.Contains(StaffRoles.Approver));
    }

    /// <summary>
    /// The checks of a narrative being edited, against the year's tables computed from the records,
    /// without saving anything (issue: checks shown as you edit). Only the user's own agency.
    /// </summary>
    public async Task<Result<IReadOnlyList<Finding>>> CheckDraftAsync(AgencyScope scope, int year, ReportNarrative draft, CancellationToken cancellationToken = default)
    {
        if (RefuseYear(year) is { } refused)
        {
            return refused;
        }

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == scope.HomeAgencyId, cancellationToken);
        var report = await composer.ComposeAsync(agency, year, draft, cancellationToken);
        return AnnualReportChecks.Run(report, await PreviousYearAsync(agency.Id, year, cancellationToken)).ToList();
    }

    public async Task<Result<AnnualReportVersion>> SaveNarrativeAsync(AgencyScope scope, int year, ReportNarrative narrative, long version, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(scope, year, cancellationToken);
        if (!current.Succeeded)
        {
            return current.Error!;
        }

        var draft = current.Value ?? Add(scope.HomeAgencyId, year, 1, new ReportNarrative("", "", ""));
        if (draft.Status == ReportStatus.Published)
        {
            return Error.Conflict("该版本已发布，内容已固定；如需更正，请发起更正版。");
        }

        db.Entry(draft).Property(r => r.Version).OriginalValue = current.Value is null ? 0 : version;
        draft.Overview = narrative.Overview.Trim();
        draft.Problems = narrative.Problems.Trim();
        draft.OtherMatters = narrative.OtherMatters.Trim();
        draft.Status = ReportStatus.Draft;
        draft.ApprovedBy = "";
        draft.ApprovedJson = null;
        return await SaveAsync(draft, cancellationToken);
    }

    public async Task<Result<AnnualReportVersion>> ApproveAsync(AgencyScope scope, StaffUser actor, IReadOnlyCollection<string> roles, int year, long version, CancellationToken cancellationToken = default)
    {
        var workspace = await OpenAsync(scope, roles, scope.HomeAgencyId, year, cancellationToken);
        if (!workspace.Succeeded)
        {
            return workspace.Error!;
        }

        if (!workspace.Value.CanApprove)
        {
            return Error.Forbidden("审核和发布年度报告须由审批人（政府信息公开工作机构负责人）办理。");
        }

        if (workspace.Value.Current is not { Status: ReportStatus.Draft } draft)
        {
            return Error.Invalid("只有草稿可以审核；请先保存报告正文。");
        }

        if (workspace.Value.HasErrors)
        {
            return Error.Invalid("报告检查发现错误，请先更正后再审核。");
        }

        var tracked = await db.Set<AnnualReportVersion>().SingleAsync(r => r.Id == draft.Id, cancellationToken);
        db.Entry(tracked).Property(r => r.Version).OriginalValue = version;
        tracked.Status = ReportStatus.Approved;
        tracked.ApprovedBy = actor.DisplayName;

        // What the approver saw is what gets published: the tables are fixed now, not recomputed at publication.
        tracked.ApprovedJson = Encoding.UTF8.GetString(ReportWriter.ToBytes(workspace.Value.Report, ReportOutputFormat.Json));
        return await SaveAsync(tracked, cancellationToken);
    }

    public async Task<Result<AnnualReportVersion>> PublishAsync(AgencyScope scope, IReadOnlyCollection<string> roles, int year, long version, CancellationToken cancellationToken = default)
    {
        var workspace = await OpenAsync(scope, roles, scope.HomeAgencyId, year, cancellationToken);
        if (!workspace.Succeeded)
        {
            return workspace.Error!;
        }

        if (!workspace.Value.CanApprove)
        {
            return Error.Forbidden("审核和发布年度报告须由审批人（政府信息公开工作机构负责人）办理。");
        }

        if (workspace.Value.Current is not { Status: ReportStatus.Approved } approved)
        {
            return Error.Invalid("报告须先经审核，才能发布。");
        }

        var tracked = await db.Set<AnnualReportVersion>().SingleAsync(r => r.Id == approved.Id, cancellationToken);
        db.Entry(tracked).Property(r => r.Version).OriginalValue = version;
        tracked.Status = ReportStatus.Published;
        tracked.PublishedAt = timeProvider.GetUtcNow();
        tracked.PublishedJson = Encoding.UTF8.GetString(ReportWriter.ToBytes(workspace.Value.Report, ReportOutputFormat.Json));
        return await SaveAsync(tracked, cancellationToken);
    }

    public async Task<Result<AnnualReportVersion>> StartCorrectionAsync(AgencyScope scope, int year, string note, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(scope, year, cancellationToken);
        if (!current.Succeeded)
        {
            return current.Error!;
        }

        if (current.Value is not { Status: ReportStatus.Published } published)
        {
            return Error.Invalid("只有已发布的报告才需要更正；草稿可以直接修改。");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Error.Invalid("请说明更正的原因，更正说明将随更正版公开。", "CorrectionNote");
        }

        var correction = Add(scope.HomeAgencyId, year, published.Number + 1, Narrative(published));
        correction.CorrectionNote = note.Trim();
        return await SaveAsync(correction, cancellationToken);
    }

    private static ReportNarrative Narrative(AnnualReportVersion? version) =>
        version is null ? new ReportNarrative("", "", "") : new ReportNarrative(version.Overview, version.Problems, version.OtherMatters);

    private AnnualReportVersion Add(Guid agencyId, int year, int number, ReportNarrative narrative)
    {
        var version = new AnnualReportVersion
        {
            AgencyId = agencyId,
            Year = year,
            Number = number,
            Status = ReportStatus.Draft,
            Overview = narrative.Overview,
            Problems = narrative.Problems,
            OtherMatters = narrative.OtherMatters,
        };
        db.Add(version);
        return version;
    }

    private async Task<Result<AnnualReportVersion?>> CurrentAsync(AgencyScope scope, int year, CancellationToken cancellationToken)
    {
        if (!scope.CanChange(scope.HomeAgencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能修改年度报告。");
        }

        return await db.Set<AnnualReportVersion>()
            .Where(r => r.AgencyId == scope.HomeAgencyId && r.Year == year)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<AnnualReport?> PreviousYearAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var json = await db.Set<AnnualReportVersion>().AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Year == year - 1 && r.Status == ReportStatus.Published)
            .OrderByDescending(r => r.Number)
            .Select(r => r.PublishedJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : CanonicalJsonReport.Read(Encoding.UTF8.GetBytes(json));
    }

    private async Task<Result<AnnualReportVersion>> SaveAsync(AnnualReportVersion version, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return version;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("保存失败：其他人刚刚修改了这份报告。请刷新页面查看最新内容后再操作。");
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("保存失败：其他人刚刚新建了这一年度的报告版本。请刷新页面后再操作。");
        }
    }

    /// <summary>Reports under the 2019 Regulation start with the year 2019 (Art. 50; the 2019 trial format).</summary>
    private static Error? RefuseYear(int year) =>
        year is < 2019 or > 2100 ? Error.Invalid("请选择2019年以后的年度（2019年起适用新条例的年报格式）。") : null;
}
