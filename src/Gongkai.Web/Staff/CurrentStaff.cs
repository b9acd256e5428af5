using System.Security.Claims;
using Gongkai.Application.Staff;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Staff;

/// <summary>The signed-in member of staff and their <see cref="AgencyScope"/>, loaded once per request.</summary>
public sealed class CurrentStaff(IHttpContextAccessor accessor, UserManager<StaffUser> users, AgencyScopes scopes)
{
    private (StaffUser User, AgencyScope Scope)? _loaded;

    /// <summary>The signed-in user's roles (from the sign-in cookie).</summary>
    public IReadOnlyCollection<string> Roles =>
        accessor.HttpContext?.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    public async Task<(StaffUser User, AgencyScope Scope)> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }

        var principal = accessor.HttpContext?.User ?? throw new InvalidOperationException("No HTTP context.");
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var scope = await scopes.ForAsync(user.AgencyId, roles, cancellationToken);
        _loaded = (user, scope);
        return _loaded.Value;
    }
}
