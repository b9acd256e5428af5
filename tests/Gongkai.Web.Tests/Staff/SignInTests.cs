using System.Net;
using Gongkai.Application.Persistence;

namespace Gongkai.Web.Tests.Staff;

public sealed class SignInTests
{
    [Theory(DisplayName = "A demo account signs in (secure, HttpOnly cookie), reaches the console and signs out")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DemoAccount_SignsIn_AndOut(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var session = factory.Session();

        using var signedIn = await session.SignInAsync("xinjianlu.officer");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Staff", signedIn.Headers.Location!.ToString());
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("gongkai.staff=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("新建路街道信息公开专员", await session.GetPageAsync("/Staff"), StringComparison.Ordinal);

        using var signedOut = await session.PostFormAsync("/Account/Logout", new Dictionary<string, string>(), formPage: "/Staff");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await session.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact(DisplayName = "Five wrong passwords lock the account: even the right password is then refused")]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var session = factory.Session();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await session.SignInAsync("xinjianlu.officer", "WrongPassword1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await session.SignInAsync("xinjianlu.officer");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账号已被暂时锁定", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "A member of staff changes their password; the old one stops working")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ChangePassword_ReplacesTheOldPassword(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var session = factory.Session();
        using var signedIn = await session.SignInAsync("xinjianlu.approver");

        using var tooShort = await session.PostFormAsync("/Staff/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Gongkai2020demo",
            ["Input.NewPassword"] = "Short1",
            ["Input.ConfirmPassword"] = "Short1",
        });
        Assert.Contains("新密码至少需要10位", await tooShort.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var changed = await session.PostFormAsync("/Staff/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Gongkai2020demo",
            ["Input.NewPassword"] = "NewPassword2026",
            ["Input.ConfirmPassword"] = "NewPassword2026",
        });
        Assert.Contains("密码已修改", await changed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var other = factory.Session();
        using var old = await other.SignInAsync("xinjianlu.approver");
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        using var fresh = await other.SignInAsync("xinjianlu.approver", "NewPassword2026");
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }
}
