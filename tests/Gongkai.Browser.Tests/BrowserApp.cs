using System.Net;
using Gongkai.Application.Persistence;
using Gongkai.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The real app served by Kestrel on a free loopback port (not TestServer), with a fresh SQLite database,
/// and Debian's headless Chromium driven by Playwright. Without /usr/bin/chromium the tests are skipped
/// with a reason on a developer machine and fail under CI (CI=true), where .ci/services.sh installs it.
/// </summary>
internal sealed class BrowserApp : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly TestDatabase _database;
    private readonly Factory _factory;
    private readonly IPlaywright _playwright;

    private BrowserApp(TestDatabase database, Factory factory, IPlaywright playwright, IBrowser browser, Uri address)
    {
        _database = database;
        _factory = factory;
        _playwright = playwright;
        Browser = browser;
        Address = address;
    }

    public IBrowser Browser { get; }

    public Uri Address { get; }

    public static async Task<BrowserApp> StartAsync()
    {
        RequireChromium();
        var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var factory = new Factory(database.ConnectionString);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserApp(database, factory, playwright, browser, new Uri(address));
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), Locale = "zh-CN", AcceptDownloads = true });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true but {Chromium} is missing: .ci/services.sh must install Debian's chromium.");
        }

        Assert.Skip($"{Chromium} not installed (apt-get install chromium fonts-noto-cjk, or run .ci/services.sh) — browser tests skipped.");
    }

    /// <summary>The app in the Development environment, so that its cookies work over plain HTTP on loopback.</summary>
    private sealed class Factory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
            builder.UseSetting("Database:ConnectionString", connectionString);
        }
    }
}
