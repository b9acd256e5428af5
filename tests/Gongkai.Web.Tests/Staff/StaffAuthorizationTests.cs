using System.Net;
using Gongkai.Application.Persistence;

namespace Gongkai.Web.Tests.Staff;

public sealed class StaffAuthorizationTests
{
    [Theory(DisplayName = "Every staff page sends an anonymous visitor to the sign-in page")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryStaffPage_Anonymous_RedirectsToSignIn(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var visitor = factory.Session();

        var pages = StaffPages.All(factory.Services);
        Assert.Contains("/Staff/Index", pages);
        Assert.Contains("/Staff/Agency/Profile", pages);
        Assert.Contains($"/Staff/Requests/Detail/{Guid.Empty}", pages);
        foreach (var page in pages)
        {
            using var response = await visitor.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {response.StatusCode}");
            Assert.StartsWith("https://localhost/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory(DisplayName = "Every staff page opens for every role, and shows only the user's own agency (a supervisor: its subtree)")]
    [InlineData(DatabaseProvider.Sqlite, "xinjianlu.officer", "新郑市新建路街道办事处", "新郑市新华路街道办事处")]
    [InlineData(DatabaseProvider.Sqlite, "xinhua.officer", "新郑市新华路街道办事处", "新郑市新建路街道办事处")]
    [InlineData(DatabaseProvider.Sqlite, "xinjianlu.approver", "新郑市新建路街道办事处", "新郑市新华路街道办事处")]
    [InlineData(DatabaseProvider.Sqlite, "xinjianlu.admin", "新郑市新建路街道办事处", "新郑市新华路街道办事处")]
    [InlineData(DatabaseProvider.Sqlite, "xinzheng.supervisor", "新郑市新华路街道办事处", null)]
    [InlineData(DatabaseProvider.Sqlite, "admin", "新郑市新建路街道办事处", null)]
    [InlineData(DatabaseProvider.Postgres, "xinjianlu.officer", "新郑市新建路街道办事处", "新郑市新华路街道办事处")]
    [InlineData(DatabaseProvider.Postgres, "xinhua.officer", "新郑市新华路街道办事处", "新郑市新建路街道办事处")]
    public async Task EveryStaffPage_SignedIn_ShowsOnlyOwnScope(DatabaseProvider provider, string user, string sees, string? neverSees)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var session = factory.Session();
        using var signedIn = await session.SignInAsync(user);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        Assert.Contains(sees, await session.GetPageAsync("/Staff"), StringComparison.Ordinal);
        foreach (var page in StaffPages.WithoutParameters(factory.Services))
        {
            var html = await session.GetPageAsync(page);
            if (neverSees is not null)
            {
                Assert.DoesNotContain(neverSees, html, StringComparison.Ordinal);
            }
        }
    }
}
