using Gongkai.Application.Agencies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The platform's home page: the agencies, each leading to its disclosure column.</summary>
public sealed class IndexModel(AgencyDirectory directory) : PageModel
{
    public IReadOnlyList<AgencyListing> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Agencies = await directory.ListAsync(cancellationToken);
}
