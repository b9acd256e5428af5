using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Persistence;

/// <summary>Configures a context for the chosen provider, with that provider's migration assembly.</summary>
public static class GongkaiDbContextOptions
{
    public static DbContextOptionsBuilder UseGongkaiDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(MigrationAssemblies.Sqlite)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(MigrationAssemblies.Postgres)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    /// <summary>The connection string to use: the configured one, or the default SQLite file under <paramref name="contentRoot"/>.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
        }

        var directory = Path.GetFullPath(options.DataDirectory, contentRoot);
        return $"Data Source={Path.Combine(directory, "gongkai.db")}";
    }
}
