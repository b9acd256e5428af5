using Gongkai.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Tests;

/// <summary>The application layer wired exactly as the hosts wire it, on a test database.</summary>
internal static class ApplicationServices
{
    public static ServiceProvider For(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGongkaiApplication(configuration);
        return services.BuildServiceProvider();
    }
}
