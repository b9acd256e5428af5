using System.Data.Common;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Hosting;

/// <summary>
/// First-run work: migrate an embedded SQLite file (PostgreSQL is migrated by <c>gongkai db
/// migrate</c> only), create the demo data on an empty database and print the demo accounts. A
/// database that cannot be reached does not stop the app: pages then explain the problem.
/// </summary>
internal static partial class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gongkai.Startup");
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        try
        {
            if (options.Provider == DatabaseProvider.Sqlite && options.MigrateOnStartup)
            {
                var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                LogMigrated(logger, applied.Count);
            }

            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                LogPending(logger);
                return;
            }

            var accounts = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
            PrintDemoAccounts(accounts, scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            LogUnavailable(logger, e);
        }
    }

    private static void PrintDemoAccounts(IReadOnlyList<DemoAccount> accounts, DemoOptions demo)
    {
        if (accounts.Count == 0)
        {
            return;
        }

        Console.WriteLine("演示账号（密码均为 " + demo.Password + "）：");
        foreach (var account in accounts)
        {
            Console.WriteLine($"  {account.UserName,-22} {Gongkai.Application.Staff.StaffRoles.DisplayName(account.Role)}（{account.AgencyName}）");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to the embedded database")]
    private static partial void LogMigrated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has pending migrations; run `gongkai db migrate`")]
    private static partial void LogPending(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database could not be prepared at start-up")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
