using Gongkai.Application.Agencies;
using Gongkai.Application.Catalogue;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Agencies;

/// <summary>The agency's 政府信息公开指南 (Art. 12), generated from its data unless the office edited it.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class GuideModel(AgencyDirectory directory, PublicColumn column) : PageModel
{
    public Agency? Agency { get; private set; }

    public DisclosureGuide? Guide { get; private set; }

    public string? EditedText { get; private set; }

    public async Task<IActionResult> OnGetAsync(string creditCode, CancellationToken cancellationToken)
    {
        Agency = await directory.FindByCreditCodeAsync(creditCode, cancellationToken);
        if (Agency is null)
        {
            return NotFound();
        }

        Guide = await column.GuideAsync(Agency, cancellationToken);
        EditedText = await column.EditedGuideAsync(Agency.Id, cancellationToken);
        return Page();
    }
}
