using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai db migrate</c>: applies pending migrations. This is the only way a PostgreSQL database
/// is migrated (the web app migrates an embedded SQLite file by itself). Settings come from the same
/// keys as the web app (<c>Database__Provider</c>, <c>Database__ConnectionString</c> environment
/// variables) or from the options.
/// </summary>
internal static class DatabaseCommand
{
    public static Command Create()
    {
        var provider = new Option<DatabaseProvider?>("--provider") { Description = "数据库类型：Sqlite 或 Postgres（默认取环境变量 Database__Provider，否则 Sqlite）" };
        var connection = new Option<string?>("--connection") { Description = "连接字符串（PostgreSQL 必填；SQLite 默认 data/gongkai.db）" };
        var migrate = new Command("migrate", "应用全部未执行的数据库迁移") { provider, connection };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (parse.GetValue(provider) is { } chosen)
            {
                settings["Database:Provider"] = chosen.ToString();
            }

            if (parse.GetValue(connection) is { } connectionString)
            {
                settings["Database:ConnectionString"] = connectionString;
            }

            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
            var services = new ServiceCollection();
            services.AddGongkaiApplication(configuration);
            await using var provided = services.BuildServiceProvider();
            await using var scope = provided.CreateAsyncScope();
            try
            {
                var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
                Console.WriteLine(applied.Count == 0 ? "数据库已是最新，无需迁移。" : $"已应用 {applied.Count} 个迁移：{string.Join("、", applied)}");
                return 0;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"迁移失败：{e.Message}");
                return 1;
            }
        });
        return new Command("db", "数据库维护") { migrate };
    }
}
