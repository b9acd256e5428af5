using System.Text;
using Gongkai.Application.Reports;
using Gongkai.Documents.Json;
using Gongkai.Documents.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Agencies;

/// <summary>A published annual report as an accessible HTML page, rendered from its frozen canonical JSON.</summary>
public sealed class ReportModel(PublishedReports reports) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string creditCode, int year, int? version, CancellationToken cancellationToken)
    {
        var json = await reports.JsonAsync(creditCode, year, version, cancellationToken);
        if (json is null)
        {
            return NotFound();
        }

        var report = CanonicalJsonReport.Read(Encoding.UTF8.GetBytes(json));
        return File(ReportWriter.ToBytes(report, ReportOutputFormat.Html), "text/html; charset=utf-8");
    }
}
