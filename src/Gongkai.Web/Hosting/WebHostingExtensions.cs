using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gongkai.Application;
using Gongkai.Application.Auditing;
using Gongkai.Web.Api;
using Gongkai.Web.Portal;
using Gongkai.Web.Reports;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Gongkai.Web.Hosting;

/// <summary>The web host, composed from one extension per concern so that Program.cs stays short.</summary>
internal static class WebHostingExtensions
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static WebApplicationBuilder AddGongkaiWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var identity = services.AddGongkaiApplication(builder.Configuration);
        services.AddStaffSignIn(identity, builder.Environment);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, SignedInAuditActor>();
        services.AddScoped<CurrentStaff>();
        services.AddSingleton<PdfConverter>();
        services.AddErrorHandling();
        services.AddPublicRateLimits(builder.Configuration);
        services.AddPublicPageCache(builder.Configuration);

        // Chinese text is written as characters, not as &#x...; entities (smaller, readable, searchable).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            // One convention locks the whole staff console (no per-page attributes to forget).
            options.Conventions.AuthorizeAreaFolder("Staff", "/", StaffSignInExtensions.StaffPolicy);
        });
        return builder;
    }

    public static WebApplication UseGongkaiWeb(this WebApplication app)
    {
        app.UseErrorHandling();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese],
            SupportedUICultures = [Chinese],
        });
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseUploadLimits();
        app.MapRazorPages();
        app.MapReportsApi();
        return app;
    }
}
