using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Staff;
using Gongkai.Tests.Shared;

namespace Gongkai.Application.Tests.Staff;

public sealed class AgencyScopesTests
{
    [Theory(DisplayName = "Who sees what: own agency for office staff, the subtree read-only for a supervisor, all for the administrator")]
    [InlineData(DatabaseProvider.Sqlite, StaffRoles.DisclosureOfficer, "sub", new[] { "sub" }, true)]
    [InlineData(DatabaseProvider.Sqlite, StaffRoles.Approver, "sub", new[] { "sub" }, true)]
    [InlineData(DatabaseProvider.Sqlite, StaffRoles.AgencyAdministrator, "sibling", new[] { "sibling" }, true)]
    [InlineData(DatabaseProvider.Sqlite, StaffRoles.Supervisor, "city", new[] { "city", "sub", "sibling" }, false)]
    [InlineData(DatabaseProvider.Sqlite, StaffRoles.Supervisor, "sub", new[] { "sub" }, false)]
    [InlineData(DatabaseProvider.Sqlite, StaffRoles.SystemAdministrator, "city", new[] { "city", "sub", "sibling" }, true)]
    [InlineData(DatabaseProvider.Postgres, StaffRoles.DisclosureOfficer, "sub", new[] { "sub" }, true)]
    [InlineData(DatabaseProvider.Postgres, StaffRoles.Supervisor, "city", new[] { "city", "sub", "sibling" }, false)]
    public async Task Scope_FollowsRoleAndTree(DatabaseProvider provider, string role, string home, string[] expected, bool canWrite)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var city = DemoAgencies.City();
        var agencies = new Dictionary<string, Gongkai.Application.Agencies.Agency>(StringComparer.Ordinal)
        {
            ["city"] = city,
            ["sub"] = DemoAgencies.Subdistrict(city),
            ["sibling"] = DemoAgencies.Sibling(city),
        };
        db.Agencies.AddRange(agencies.Values);
        await db.SaveChangesAsync(ct);

        var scope = await new AgencyScopes(db).ForAsync(agencies[home].Id, [role], ct);

        Assert.Equal(expected.Select(k => agencies[k].Id).Order(), scope.VisibleAgencyIds.Order());
        Assert.Equal(canWrite, scope.CanWrite);
        Assert.Equal(canWrite, scope.CanChange(agencies[home].Id));
    }
}
