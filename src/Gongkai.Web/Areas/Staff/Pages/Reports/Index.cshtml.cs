using System.Globalization;
using Gongkai.Application.Reports;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Domain.Reports;
using Gongkai.Web.Reports;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Reports;

/// <summary>
/// A year's annual report of the user's own agency: tables computed from the records, narrative, checks,
/// downloads, approval and publication, corrections as new versions.
/// </summary>
public sealed class IndexModel(CurrentStaff current, AnnualReportDesk desk, OfficeToday today, PdfConverter pdf) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public NarrativeInput Narrative { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? CorrectionNote { get; set; }

    public ReportWorkspace? Workspace { get; private set; }

    public string? Done { get; private set; }

    public bool PdfAvailable => pdf.IsAvailable;

    public int SelectedYear => Year ?? today.Date.Year - 1;

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Done = done;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var v = Workspace!.Current;
        Narrative = new NarrativeInput { Overview = v?.Overview, Problems = v?.Problems, OtherMatters = v?.OtherMatters };
        Version = v?.Version ?? 0;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        Act("saved", async (user, scope) => await desk.SaveNarrativeAsync(scope, SelectedYear, new ReportNarrative(Narrative.Overview ?? "", Narrative.Problems ?? "", Narrative.OtherMatters ?? ""), Version, cancellationToken), cancellationToken);

    /// <summary>
    /// The checks of the narrative as typed, as JSON, for the page's script (checks shown as you edit).
    /// Nothing is saved; antiforgery is checked as on every post.
    /// </summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var draft = new ReportNarrative(Narrative.Overview ?? "", Narrative.Problems ?? "", Narrative.OtherMatters ?? "");
        var result = await desk.CheckDraftAsync(scope, SelectedYear, draft, cancellationToken);
        if (!result.Succeeded)
        {
            return BadRequest();
        }

        var findings = result.Value;
        return new JsonResult(new
        {
            summary = FindingLabels.Summary(findings.Count, draft: true),
            findings = findings.Select(f => new { section = f.Location.Section, severity = FindingLabels.Of(f.Severity), css = FindingLabels.CssClass(f.Severity), message = f.Message }),
        });
    }

    /// <summary>The findings of one narrative section (1, 5 or 6), shown beside its text box.</summary>
    public IEnumerable<Finding> FindingsOf(int section) => Workspace!.Findings.Where(f => f.Location.Section == section);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        Act("approved", async (user, scope) => await desk.ApproveAsync(scope, user, current.Roles, SelectedYear, Version, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        Act("published", async (user, scope) => await desk.PublishAsync(scope, current.Roles, SelectedYear, Version, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken) =>
        Act("correcting", async (user, scope) => await desk.StartCorrectionAsync(scope, SelectedYear, CorrectionNote ?? "", cancellationToken), cancellationToken);

    /// <summary>Figures the narrative may quote, offered beside the text boxes.</summary>
    public IEnumerable<string> Offered()
    {
        var r = Workspace!.Report;
        string N(string table, string row, string column) => r.Get(table, row, column).OrZero.ToString("0.####", CultureInfo.InvariantCulture);
        yield return $"本年新收政府信息公开申请 {N(TableKeys.Requests, "new_received", "total")} 件";
        yield return $"上年结转 {N(TableKeys.Requests, "carried_over", "total")} 件";
        yield return $"本年度办结 {N(TableKeys.Requests, "outcome_total", "total")} 件，其中予以公开 {N(TableKeys.Requests, "disclosed", "total")} 件";
        yield return $"结转下年度继续办理 {N(TableKeys.Requests, "carried_forward", "total")} 件";
        yield return $"行政复议 {N(TableKeys.Remedies, "cases", "reconsideration_total")} 件，行政诉讼 {r.Get(TableKeys.Remedies, "cases", "litigation_direct_total").OrZero + r.Get(TableKeys.Remedies, "cases", "litigation_after_total").OrZero} 件";
    }

    private async Task<IActionResult> Act(string done, Func<Gongkai.Application.Staff.StaffUser, Gongkai.Application.Staff.AgencyScope, Task<Result<AnnualReportVersion>>> action, CancellationToken cancellationToken)
    {
        var (user, scope) = await current.GetAsync(cancellationToken);
        var result = await action(user, scope);
        if (result.Succeeded)
        {
            return Redirect($"/Staff/Reports?year={SelectedYear}&done={done}");
        }

        ModelState.AddModelError(string.Empty, result.Error!.Message);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var workspace = await desk.OpenAsync(scope, current.Roles, scope.HomeAgencyId, SelectedYear, cancellationToken);
        if (!workspace.Succeeded)
        {
            ModelState.AddModelError(string.Empty, workspace.Error!.Message);
            Year = today.Date.Year - 1;
            workspace = await desk.OpenAsync(scope, current.Roles, scope.HomeAgencyId, SelectedYear, cancellationToken);
        }

        Workspace = workspace.Succeeded ? workspace.Value : null;
        return Workspace is not null;
    }

    public sealed class NarrativeInput
    {
        public string? Overview { get; set; }

        public string? Problems { get; set; }

        public string? OtherMatters { get; set; }
    }
}
