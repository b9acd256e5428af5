using Gongkai.Application.Agencies;
using Gongkai.Application.Persistence;
using Gongkai.Application.Reports;
using Gongkai.Application.Requests;
using Gongkai.Application.Staff;
using Gongkai.Domain.Calendars;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Application.Demo;

/// <summary>
/// Creates the demo agencies, one account per role, the subdistrict's requests, 2020 report and published
/// catalogue on an empty database. Does nothing when any agency exists, so a real deployment's data is
/// never touched.
/// </summary>
public sealed class DemoSeeder(
    GongkaiDbContext db,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<DemoOptions> options,
    WorkingDayCalendar calendar,
    OfficeToday today,
    TimeProvider timeProvider,
    ReportComposer composer)
{
    /// <summary>One demo account per role; the first is the system administrator.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin", "平台管理员", StaffRoles.SystemAdministrator, DemoAgencies.CityName),
        new("xinzheng.supervisor", "市政府办公室督查员", StaffRoles.Supervisor, DemoAgencies.CityName),
        new("xinjianlu.admin", "新建路街道机关管理员", StaffRoles.AgencyAdministrator, DemoAgencies.SubdistrictName),
        new("xinjianlu.officer", "新建路街道信息公开专员", StaffRoles.DisclosureOfficer, DemoAgencies.SubdistrictName),
        new("xinjianlu.approver", "新建路街道办事处主任", StaffRoles.Approver, DemoAgencies.SubdistrictName),
        new("xinhua.officer", "新华路街道信息公开专员", StaffRoles.DisclosureOfficer, DemoAgencies.SiblingName),
    ];

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        if (!options.Value.Enabled)
        {
            return [];
        }

        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            // Already seeded on an earlier run: show the accounts again, unless this is not the demo.
            return await users.FindByNameAsync(Accounts[0].UserName) is null ? [] : Accounts;
        }

        var city = DemoAgencies.City();
        var subdistrict = DemoAgencies.Subdistrict(city);
        var sibling = DemoAgencies.Sibling(city);
        db.Agencies.AddRange(city, subdistrict, sibling);
        await db.SaveChangesAsync(cancellationToken);

        var byName = new Dictionary<string, Agency>(StringComparer.Ordinal)
        {
            [city.Name] = city,
            [subdistrict.Name] = subdistrict,
            [sibling.Name] = sibling,
        };
        foreach (var account in Accounts)
        {
            var user = new StaffUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                AgencyId = byName[account.AgencyName].Id,
            };
            Ensure(await users.CreateAsync(user, options.Value.Password));
            Ensure(await users.AddToRoleAsync(user, account.Role));
        }

        Guid? request2020 = null;
        foreach (var request in DemoRequests.For(subdistrict, sibling, today.Date, calendar, timeProvider.GetUtcNow()))
        {
            request2020 ??= request.ReceivedOn.Year == 2020 ? request.Id : null;
            db.Add(request);
            foreach (var step in request.Steps)
            {
                db.Add(step);
            }
        }

        DemoReports.AddRecords(db, subdistrict, request2020);
        await db.SaveChangesAsync(cancellationToken);
        await DemoReports.PublishAsync(db, composer, subdistrict, timeProvider.GetUtcNow(), cancellationToken);
        await DemoCatalogue.PublishAsync(db, calendar, subdistrict, cancellationToken);
        return Accounts;
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
