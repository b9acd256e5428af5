using Gongkai.Application.Agencies;
using Gongkai.Application.Demo;
using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Tests.Shared;

namespace Gongkai.Application.Tests.Agencies;

public sealed class AgencyProfilesTests
{
    [Theory(DisplayName = "Contact details (Art. 12): saved by own staff; stale form, other agency and read-only supervisor refused")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UpdateContactDetails_IsGuardedByScopeAndVersion(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var city = DemoAgencies.City();
        var sub = DemoAgencies.Subdistrict(city);
        var sibling = DemoAgencies.Sibling(city);
        await using (var seed = database.CreateContext())
        {
            seed.Agencies.AddRange(city, sub, sibling);
            await seed.SaveChangesAsync(ct);
        }

        var details = new AgencyContactDetails("新地址", "0371-62593613", "a@b.cn", "工作日", "党政办公室", Version: 0);
        async Task<Result<Agency>> Update(string role, Agency home, Agency target, AgencyContactDetails d)
        {
            await using var db = database.CreateContext();
            var scope = await new AgencyScopes(db).ForAsync(home.Id, [role], ct);
            return await new AgencyProfiles(db).UpdateContactDetailsAsync(scope, target.Id, d, ct);
        }

        Assert.Equal(ErrorKind.NotFound, (await Update(StaffRoles.DisclosureOfficer, sibling, sub, details)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await Update(StaffRoles.Supervisor, city, sub, details)).Error?.Kind);

        var saved = await Update(StaffRoles.DisclosureOfficer, sub, sub, details);
        Assert.True(saved.Succeeded);
        Assert.Equal(("新地址", 1L), (saved.Value.Address, saved.Value.Version));

        var stale = await Update(StaffRoles.DisclosureOfficer, sub, sub, details with { Address = "旧表单" });
        Assert.Equal(ErrorKind.Conflict, stale.Error?.Kind);
        Assert.Contains("其他人刚刚修改", stale.Error!.Message, StringComparison.Ordinal);
    }
}
