using Gongkai.Application.Catalogue;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Catalogue;

/// <summary>The agency's catalogue items in every state, with the Art. 26 flag.</summary>
public sealed class IndexModel(CurrentStaff current, CatalogueDesk desk) : PageModel
{
    public IReadOnlyList<(CatalogueItem Item, Gongkai.Domain.Catalogue.PublicationTimeliness Timeliness)> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var items = await desk.ListAsync(scope, cancellationToken);
        Items = items.Select(i => (i, desk.Timeliness(i))).ToList();
    }
}
