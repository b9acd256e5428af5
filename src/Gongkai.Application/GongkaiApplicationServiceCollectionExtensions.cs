using Gongkai.Application.Agencies;
using Gongkai.Application.Auditing;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Demo;
using Gongkai.Application.Letters;
using Gongkai.Application.Persistence;
using Gongkai.Application.PublicRequests;
using Gongkai.Application.Reports;
using Gongkai.Application.Requests;
using Gongkai.Application.Requests.Attachments;
using Gongkai.Application.Staff;
using Gongkai.Domain.Calendars;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gongkai.Application;

/// <summary>Registers the application layer: database, identity stores, use cases.</summary>
public static class GongkaiApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the application layer. The database is chosen by the <c>Database</c> section
    /// (<see cref="DatabaseOptions"/>); options are read when the context is first created, so hosts
    /// and tests may still change them after this call.
    /// </summary>
    public static IdentityBuilder AddGongkaiApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        var contentRoot = configuration["contentRoot"] ?? Directory.GetCurrentDirectory();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor>(_ => SystemAuditActor.Instance);
        services.AddDbContext<GongkaiDbContext>((sp, builder) =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            builder.UseGongkaiDatabase(options.Provider, GongkaiDbContextOptions.ResolveConnectionString(options, contentRoot));
        });

        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<AgencyScopes>();
        services.AddScoped<AgencyDirectory>();
        services.AddScoped<AgencyProfiles>();
        services.TryAddSingleton(WorkingDayCalendar.Embedded);
        services.AddSingleton<OfficeToday>();
        services.AddScoped<RequestRegistrar>();
        services.AddScoped<RequestInbox>();
        services.AddScoped<RequestDesk>();
        services.AddScoped<RequestAttachments>();
        services.AddScoped<LetterDesk>();
        services.AddScoped<CatalogueDesk>();
        services.AddScoped<CatalogueSettingsDesk>();
        services.AddScoped<ICatalogueSearch, CatalogueSearch>();
        services.AddScoped<PublicColumn>();
        services.AddScoped<ChangeStamp>();
        services.AddScoped<CatalogueTallies>();
        services.AddMemoryCache();
        services.AddScoped<OnlineRequestDesk>();
        services.AddScoped<AdminFigures>();
        services.AddScoped<RemedyCases>();
        services.AddScoped<ReportComposer>();
        services.AddScoped<AnnualReportDesk>();
        services.AddScoped<PublishedReports>();

        return services.AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GongkaiDbContext>();
    }
}
