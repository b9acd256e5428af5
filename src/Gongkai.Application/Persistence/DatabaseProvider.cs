namespace Gongkai.Application.Persistence;

/// <summary>The database engines the product runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file; the default, with no setup.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for production.</summary>
    Postgres,
}
