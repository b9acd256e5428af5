using Gongkai.Application.Reports;
using Gongkai.Documents.Writing;
using Gongkai.Web.Reports;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Reports;

/// <summary>The year's report of the user's agency as DOCX, HTML, JSON (ReportWriter) or PDF (LibreOffice or Chromium).</summary>
public sealed class DownloadModel(CurrentStaff current, AnnualReportDesk desk, PdfConverter pdf) : PageModel
{
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, string? format, CancellationToken cancellationToken)
    {
        if (year is null || string.IsNullOrEmpty(format))
        {
            Year = year ?? 2020;
            return Page();
        }

        var (_, scope) = await current.GetAsync(cancellationToken);
        var workspace = await desk.OpenAsync(scope, current.Roles, scope.HomeAgencyId, year.Value, cancellationToken);
        if (!workspace.Succeeded)
        {
            return NotFound();
        }

        var report = workspace.Value.Report;
        var name = $"{report.AgencyName}{year}年政府信息公开工作年度报告";
        switch (format)
        {
            case "docx":
                return File(ReportWriter.ToBytes(report, ReportOutputFormat.Docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
            case "html":
                return File(ReportWriter.ToBytes(report, ReportOutputFormat.Html), "text/html; charset=utf-8", name + ".html");
            case "json":
                return File(ReportWriter.ToBytes(report, ReportOutputFormat.Json), "application/json", name + ".json");
            case "pdf":
                var bytes = await pdf.ConvertAsync(report, cancellationToken);
                return bytes is null
                    ? new ContentResult { StatusCode = StatusCodes.Status501NotImplemented, ContentType = "text/plain; charset=utf-8", Content = PdfConverter.Unavailable }
                    : File(bytes, "application/pdf", name + ".pdf");
            default:
                return NotFound();
        }
    }
}
