namespace Gongkai.Application.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. Required for PostgreSQL; for SQLite it defaults to
    /// <c>data/gongkai.db</c> under the content root (see <see cref="DataDirectory"/>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file lives; relative paths are taken from the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Apply pending migrations when the web app starts. Honoured for SQLite only: a PostgreSQL
    /// database is migrated by <c>gongkai db migrate</c>, never implicitly by the web app.
    /// </summary>
    public bool MigrateOnStartup { get; set; } = true;
}
