using Gongkai.Application.Agencies;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Reports;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Agencies;

/// <summary>
/// An agency's 政府信息公开 column, laid out as the platform rules ask: 指南, 制度, 法定主动公开内容, 年报.
/// The sections are filled by the catalogue and annual-report features.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ColumnModel(AgencyDirectory directory, PublicColumn column, PublishedReports reports) : PageModel
{
    public Agency? Agency { get; private set; }

    public IReadOnlyList<CategoryCount> Categories { get; private set; } = [];

    public IReadOnlyList<PublishedReportListing> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string creditCode, CancellationToken cancellationToken)
    {
        Agency = await directory.FindByCreditCodeAsync(creditCode, cancellationToken);
        if (Agency is null)
        {
            return NotFound();
        }

        Categories = await column.CategoriesAsync(Agency, cancellationToken);
        Reports = await reports.ListAsync(Agency.Id, cancellationToken);
        return Page();
    }
}
