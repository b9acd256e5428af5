using Gongkai.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests;

/// <summary>The real web app on a fresh test database (migrated as `gongkai db migrate` would).</summary>
public sealed class GongkaiWebFactory(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>Starts the app on a new migrated database, with extra configuration <paramref name="settings"/> if given.</summary>
    public static async Task<(TestDatabase Database, GongkaiWebFactory Factory)> StartAsync(
        Gongkai.Application.Persistence.DatabaseProvider provider,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        return (database, new GongkaiWebFactory(provider.ToString(), database.ConnectionString, settings));
    }

    /// <summary>A browser-like client over HTTPS (the cookies are Secure), keeping cookies, not following redirects.</summary>
    public WebSession Session() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
    }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
