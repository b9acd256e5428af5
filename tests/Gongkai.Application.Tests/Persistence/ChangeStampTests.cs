using Gongkai.Application.Auditing;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Tests.Shared;

namespace Gongkai.Application.Tests.Persistence;

public sealed class ChangeStampTests
{
    [Theory(DisplayName = "The change stamp is read once per scope, and again after the scope's own save")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Stamp_IsKeptPerScope_UntilTheScopeSaves(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var reader = database.CreateContext();
        var stamp = new ChangeStamp(reader);
        var before = await stamp.CurrentAsync(ct);

        var city = DemoAgencies.City();
        await using (var other = database.CreateContext())
        {
            other.Agencies.Add(city);
            await other.SaveChangesAsync(ct);
        }

        Assert.Equal(before, await stamp.CurrentAsync(ct)); // one request sees one state of the catalogue
        var afterOther = await new ChangeStamp(reader).CurrentAsync(ct);
        Assert.True(afterOther > before, "a new scope sees another scope's change");

        reader.Agencies.Add(DemoAgencies.Subdistrict(city));
        await reader.SaveChangesAsync(ct);
        Assert.True(await stamp.CurrentAsync(ct) > afterOther, "the scope's own save is seen at once");
    }
}
