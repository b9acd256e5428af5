using Gongkai.Application.Auditing;
using Gongkai.Application.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Tests.Shared;

/// <summary>
/// A real, fresh database for one test: a new SQLite file, or a new database on the PostgreSQL server
/// named by <c>GONGKAI_TEST_POSTGRES</c>. Without that variable PostgreSQL tests are skipped with a
/// reason on a developer machine, and fail under CI (CI=true), where .ci/services.sh must provide it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "GONGKAI_TEST_POSTGRES";

    private readonly string? _postgresServer;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresServer = null, string? databaseName = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresServer = postgresServer;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Creates an empty database (no schema yet).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "gongkai-tests");
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, $"{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Pooling=False");
        }

        var server = RequirePostgres();
        var name = $"gongkai_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, server, name);
    }

    /// <summary>Creates the database and applies every migration, as <c>gongkai db migrate</c> does.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using var context = database.CreateContext();
        await new DatabaseMigrator(context).MigrateAsync();
        return database;
    }

    public GongkaiDbContext CreateContext(IAuditActor? actor = null, TimeProvider? timeProvider = null)
    {
        var builder = new DbContextOptionsBuilder<GongkaiDbContext>();
        builder.UseGongkaiDatabase(Provider, ConnectionString);
        return new GongkaiDbContext(builder.Options, timeProvider ?? TimeProvider.System, actor ?? SystemAuditActor.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 20 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // An autovacuum worker on the new database cannot be terminated by a non-superuser
                // (42501); it finishes within moments, so wait and try again.
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private static string RequirePostgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            // Maintenance connections go to the "postgres" database unless one is named.
            var builder = new NpgsqlConnectionStringBuilder(server);
            builder.Database ??= "postgres";
            return builder.ConnectionString;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true but {PostgresVariable} is not set: .ci/services.sh must install and start PostgreSQL.");
        }

        Assert.Skip($"PostgreSQL not configured: set {PostgresVariable} (see docs/testing.md) to run this test on PostgreSQL.");
        return "";
    }
}
