using Gongkai.Application.Staff;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Staff;

/// <summary>Cookie sign-in for staff: Identity's hashed passwords and lockout, secure cookies, one policy.</summary>
internal static class StaffSignInExtensions
{
    public const string StaffPolicy = "Staff";

    public static IServiceCollection AddStaffSignIn(this IServiceCollection services, IdentityBuilder identity, IWebHostEnvironment environment)
    {
        // Plain HTTP is accepted in development only (the README's `dotnet run`); everywhere else the
        // cookies are sent over HTTPS only.
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        identity.AddSignInManager();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "gongkai.staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "gongkai.antiforgery";
            options.Cookie.SecurePolicy = secure;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.All));
        return services;
    }
}
