namespace Gongkai.Application.Persistence;

/// <summary>
/// The assemblies holding each provider's generated migrations. One model, two providers needs two
/// migration sets (docs/decisions/ADR-002); both always carry the same migration names.
/// </summary>
public static class MigrationAssemblies
{
    public const string Sqlite = "Gongkai.Migrations.Sqlite";

    public const string Postgres = "Gongkai.Migrations.Postgres";
}
