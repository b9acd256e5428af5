using Gongkai.Application.Requests;
using Gongkai.Domain.Requests;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Requests;

/// <summary>The inbox: requests of the agencies the user may see, sorted by due date, coloured by urgency.</summary>
public sealed class IndexModel(CurrentStaff current, RequestInbox inbox) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "state")]
    public string? StateFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public bool CanRegister { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        CanRegister = scope.CanChange(scope.HomeAgencyId);
        var filter = StateFilter switch
        {
            null or "" => new InboxFilter(Year: Year),
            "all" => new InboxFilter(Year: Year, OpenOnly: false),
            _ when Enum.TryParse<RequestState>(StateFilter, out var state) => new InboxFilter(state, Year),
            _ => new InboxFilter(Year: Year),
        };
        Items = await inbox.ListAsync(scope, filter, cancellationToken);
    }
}
