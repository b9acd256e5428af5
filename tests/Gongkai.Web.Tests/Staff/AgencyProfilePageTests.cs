using System.Text.RegularExpressions;
using Gongkai.Application.Persistence;

namespace Gongkai.Web.Tests.Staff;

public sealed partial class AgencyProfilePageTests
{
    [Theory(DisplayName = "Two clerks edit the agency's contact details: the later save gets a clear conflict message")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StaleForm_GetsConflictMessage(DatabaseProvider provider)
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(provider);
        await using var _ = database;
        using var __ = factory;
        using var officer = factory.Session();
        using var approver = factory.Session();
        using var a = await officer.SignInAsync("xinjianlu.officer");
        using var b = await approver.SignInAsync("xinjianlu.approver");
        var version = VersionPattern().Match(await officer.GetPageAsync("/Staff/Agency/Profile")).Groups[1].Value;
        Assert.Equal("0", version);

        Dictionary<string, string> Form(string address) => new()
        {
            ["Input.Address"] = address,
            ["Input.Phone"] = "0371-62593612",
            ["Input.Email"] = "xinjianlu626@163.com",
            ["Input.OfficeHours"] = "工作日",
            ["Input.DisclosureOffice"] = "党政办公室",
            ["Input.Version"] = version,
        };
        using var first = await approver.PostFormAsync("/Staff/Agency/Profile", Form("第一位的地址"));
        Assert.Contains("已保存", await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var second = await officer.PostFormAsync("/Staff/Agency/Profile", Form("第二位的地址"));
        var page = await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("其他人刚刚修改了这条记录", page, StringComparison.Ordinal);
        Assert.Contains("第一位的地址", await factory.Session().GetPageAsync("/agencies/11410184MB1951606T"), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A supervisor sees its agency's details read-only; a forged save is refused")]
    public async Task Supervisor_CannotSave()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var supervisor = factory.Session();
        using var signedIn = await supervisor.SignInAsync("xinzheng.supervisor");

        Assert.DoesNotContain(">保存</button>", await supervisor.GetPageAsync("/Staff/Agency/Profile"), StringComparison.Ordinal);
        using var forged = await supervisor.PostFormAsync("/Staff/Agency/Profile", new Dictionary<string, string>
        {
            ["Input.Address"] = "伪造",
            ["Input.Version"] = "0",
        });
        Assert.Contains("只能查看，不能修改", await forged.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "机关代字：不是汉字的字符在栏目旁说明，什么也不保存；改正后保存并显示")]
    public async Task LetterCode_IsCheckedBesideTheField()
    {
        var (database, factory) = await GongkaiWebFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        using var __ = factory;
        using var admin = factory.Session();
        using var signedIn = await admin.SignInAsync("xinjianlu.admin");
        Dictionary<string, string> Form(string code, string version) => new()
        {
            ["Input.Address"] = "新地址",
            ["Input.Phone"] = "0371-62593612",
            ["Input.Version"] = version,
            ["Input.LetterCode"] = code,
        };

        using var wrong = await admin.PostFormAsync("/Staff/Agency/Profile", Form("新建办2", "0"));
        var page = await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Matches("data-valmsg-for=\"Input.LetterCode\"[^>]*>机关代字只能由汉字组成（例如“新建办”），不能含有“2”。", page);
        Assert.Contains("value=\"新建办2\"", page, StringComparison.Ordinal); // what was typed is kept
        Assert.DoesNotContain("新地址", await factory.Session().GetPageAsync("/agencies/11410184MB1951606T"), StringComparison.Ordinal);

        using var right = await admin.PostFormAsync("/Staff/Agency/Profile", Form("新建办", "0"));
        var saved = await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("已保存", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"新建办\"", saved, StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"Input_Version\" name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
