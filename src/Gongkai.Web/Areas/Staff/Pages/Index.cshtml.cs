using Gongkai.Application.Persistence;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages;

/// <summary>The staff console's start page: who you are and which agencies you may see.</summary>
public sealed class IndexModel(CurrentStaff current, GongkaiDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<string> VisibleAgencies { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (user, scope) = await current.GetAsync(cancellationToken);
        DisplayName = user.DisplayName;
        Roles = User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList();
        CanWrite = scope.CanWrite;
        var visible = scope.VisibleAgencyIds.ToList();
        var names = await db.Agencies.AsNoTracking()
            .Where(a => visible.Contains(a.Id))
            .Select(a => new { a.Id, a.Name })
            .ToListAsync(cancellationToken);
        AgencyName = names.First(a => a.Id == user.AgencyId).Name;
        VisibleAgencies = names.Select(a => a.Name).Order(StringComparer.Ordinal).ToList();
    }
}
