using System.Reflection;
using Gongkai.Application.Persistence;
using Gongkai.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gongkai.Application.Tests.Persistence;

public sealed class MigrationsTests
{
    [Theory(DisplayName = "Every model change has a migration (dev/add-migration.sh), and the migrations apply")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Model_AfterMigrating_HasNoPendingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes without a migration: run dev/add-migration.sh NAME.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Agencies.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact(DisplayName = "Both providers carry the same migrations, by name and order")]
    public void MigrationNames_AreTheSameForBothProviders()
    {
        static List<string> Names(string assembly) =>
            Assembly.Load(assembly).GetTypes()
                .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])
                .ToList();

        var sqlite = Names(MigrationAssemblies.Sqlite);
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, Names(MigrationAssemblies.Postgres));
    }
}
