using DocumentFormat.OpenXml.Packaging;
using Gongkai.Application.Agencies;
using Gongkai.Application.Demo;
using Gongkai.Application.Letters;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;
using Gongkai.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Tests.Letters;

public sealed class LetterDeskTests
{
    private static readonly StaffUser Clerk = new() { DisplayName = "王五" };

    [Theory(DisplayName = "答复后自动出具答复书：文号按机关、文种、年度顺排，存档的 DOCX 不随机关信息修改而改变，出具留有审计记录")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reply_IssuesAFrozenNumberedLetter(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = ApplicationServices.For(database);
        var (_, sub, _) = await SeedAsync(database);
        var scope = Own(sub);

        var first = await ReplyAsync(services, scope, "disclosed", "本机关已通过电子邮件将该清单发送至您预留的邮箱。");
        var second = await ReplyAsync(services, scope, "disclosed", "请于工作日到本机关党政办公室查阅。");
        var year = services.GetRequiredService<OfficeToday>().Date.Year;

        await using var read = services.CreateAsyncScope();
        var desk = read.ServiceProvider.GetRequiredService<LetterDesk>();
        var listed = Assert.Single((await desk.ForRequestAsync(scope, first.Id, ct)).Value);
        Assert.Equal($"新郑市新建路街道公开答〔{year}〕1号", listed.Number);
        Assert.Equal($"新郑市新建路街道公开答〔{year}〕2号", Assert.Single((await desk.ForRequestAsync(scope, second.Id, ct)).Value).Number);

        var letter = (await desk.GetAsync(scope, first.Id, listed.StepId, ct)).Value;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(letter.Content)), letter.ContentSha256);
        var text = BodyText(letter.Content);
        Assert.Contains("新郑市新建路街道办事处政府信息公开申请答复书", text, StringComparison.Ordinal);
        Assert.Contains("本机关已通过电子邮件将该清单发送至您预留的邮箱。", text, StringComparison.Ordinal);
        Assert.Contains("向新郑市人民政府申请行政复议", text, StringComparison.Ordinal);
        Assert.Contains("0371-62593612", text, StringComparison.Ordinal);

        await using (var edit = services.CreateAsyncScope())
        {
            var profiles = edit.ServiceProvider.GetRequiredService<AgencyProfiles>();
            var agency = (await profiles.GetAsync(scope, sub.Id, ct)).Value;
            var wrongCode = await profiles.UpdateContactDetailsAsync(scope, sub.Id, new AgencyContactDetails(agency.Address, agency.Phone, agency.Email, agency.OfficeHours, agency.DisclosureOffice, agency.Version, LetterCode: "新建办2"), ct);
            Assert.Equal((ErrorKind.Invalid, nameof(AgencyContactDetails.LetterCode)), (wrongCode.Error!.Kind, wrongCode.Error.Field));
            Assert.True((await profiles.UpdateContactDetailsAsync(scope, sub.Id, new AgencyContactDetails(agency.Address, "0371-99999999", agency.Email, agency.OfficeHours, agency.DisclosureOffice, agency.Version, ReviewBody: "郑州市人民政府", LetterCode: "新建办"), ct)).Succeeded);
        }

        await using var again = services.CreateAsyncScope();
        var reread = (await again.ServiceProvider.GetRequiredService<LetterDesk>().GetAsync(scope, first.Id, listed.StepId, ct)).Value;
        Assert.Equal(letter.Content, reread.Content);
        var third = await ReplyAsync(services, scope, "disclosed", "请于工作日到本机关党政办公室查阅。");
        var later = (await again.ServiceProvider.GetRequiredService<LetterDesk>().ForRequestAsync(scope, third.Id, ct)).Value.Single();
        Assert.Equal($"新建办公开答〔{year}〕3号", later.Number); // the configured 机关代字; the sequence goes on
        var laterText = BodyText((await again.ServiceProvider.GetRequiredService<LetterDesk>().GetAsync(scope, third.Id, later.StepId, ct)).Value.Content);
        Assert.Contains("向郑州市人民政府申请行政复议", laterText, StringComparison.Ordinal);
        Assert.Contains("0371-99999999", laterText, StringComparison.Ordinal);
        var db = again.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(IssuedLetter) && e.EntityId == letter.Id.ToString() && e.Action == "Added" && e.AgencyId == sub.Id, ct));
    }

    [Theory(DisplayName = "不予公开的答复没有理由时不自动出具；补充理由后出具，且同一步骤不能重复出具")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WithheldWithoutReasons_WaitsForTheClerk(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = ApplicationServices.For(database);
        var (_, sub, _) = await SeedAsync(database);
        var scope = Own(sub);
        var request = await ReplyAsync(services, scope, "withheld_state_secret", note: null);

        await using var work = services.CreateAsyncScope();
        var desk = work.ServiceProvider.GetRequiredService<LetterDesk>();
        var pending = Assert.Single((await desk.ForRequestAsync(scope, request.Id, ct)).Value);
        Assert.Null(pending.Number);

        var refused = await desk.IssueAsync(scope, Clerk, request.Id, pending.StepId, new LetterInput("  "), ct);
        Assert.Equal(ErrorKind.Invalid, refused.Error?.Kind);
        Assert.Contains("理由", refused.Error!.Message, StringComparison.Ordinal);

        var issued = await desk.IssueAsync(scope, Clerk, request.Id, pending.StepId, new LetterInput("该清单已由定密责任人确定为秘密级国家秘密。"), ct);
        Assert.True(issued.Succeeded, issued.Error?.Message);
        Assert.Contains("应当先自收到本答复之日起60日内", BodyText(issued.Value.Content), StringComparison.Ordinal);
        Assert.Equal(ErrorKind.Conflict, (await desk.IssueAsync(scope, Clerk, request.Id, pending.StepId, new LetterInput("再次"), ct)).Error?.Kind);
    }

    [Theory(DisplayName = "其他机关的工作人员看不到、不能出具文书；上级只能查看，不能出具")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task OtherAgencies_CannotSeeOrIssue(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = ApplicationServices.For(database);
        var (city, sub, sibling) = await SeedAsync(database);
        var request = await ReplyAsync(services, Own(sub), "withheld_state_secret", note: null);

        await using var work = services.CreateAsyncScope();
        var desk = work.ServiceProvider.GetRequiredService<LetterDesk>();
        var stepId = Assert.Single((await desk.ForRequestAsync(Own(sub), request.Id, ct)).Value).StepId;
        var other = Own(sibling);
        var supervisor = new AgencyScope(city.Id, new HashSet<Guid> { city.Id, sub.Id, sibling.Id }, CanWrite: false);

        Assert.Equal(ErrorKind.NotFound, (await desk.ForRequestAsync(other, request.Id, ct)).Error?.Kind);
        Assert.Equal(ErrorKind.NotFound, (await desk.IssueAsync(other, Clerk, request.Id, stepId, new LetterInput("理由"), ct)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await desk.IssueAsync(supervisor, Clerk, request.Id, stepId, new LetterInput("理由"), ct)).Error?.Kind);
        Assert.True((await desk.IssueAsync(Own(sub), Clerk, request.Id, stepId, new LetterInput("理由"), ct)).Succeeded);
        Assert.Equal(ErrorKind.NotFound, (await desk.GetAsync(other, request.Id, stepId, ct)).Error?.Kind);
        Assert.True((await desk.GetAsync(supervisor, request.Id, stepId, ct)).Succeeded);
    }

    private static AgencyScope Own(Agency agency) => new(agency.Id, new HashSet<Guid> { agency.Id }, CanWrite: true);

    private static async Task<(Agency City, Agency Sub, Agency Sibling)> SeedAsync(TestDatabase database)
    {
        var city = DemoAgencies.City();
        var sub = DemoAgencies.Subdistrict(city);
        var sibling = DemoAgencies.Sibling(city);
        await using var seed = database.CreateContext();
        seed.Agencies.AddRange(city, sub, sibling);
        await seed.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (city, sub, sibling);
    }

    /// <summary>Registers a request (by post, answered by post) and records its reply.</summary>
    private static async Task<RequestRecord> ReplyAsync(ServiceProvider services, AgencyScope scope, string disposition, string? note)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var work = services.CreateAsyncScope();
        var today = work.ServiceProvider.GetRequiredService<OfficeToday>().Date;
        var registered = await work.ServiceProvider.GetRequiredService<RequestRegistrar>().RegisterAsync(
            scope,
            new RequestRegistration(RequestChannel.Post, today, today, null, ApplicantKind.NaturalPerson, "张三", IdentityDocumentKind.ResidentIdCard, "11010519491231002X", "电话：13800000000", "2024年本街道老旧小区改造项目清单", RequestedForm.Paper, DeliveryMethod.Post),
            ct);
        Assert.True(registered.Succeeded, registered.Error?.Message);
        var replied = await work.ServiceProvider.GetRequiredService<RequestDesk>().ApplyAsync(
            scope, Clerk, [StaffRoles.DisclosureOfficer], registered.Value.Id, new RequestStepInput(RequestEventKind.Replied, today, registered.Value.Version, DispositionKey: disposition, Note: note), ct);
        Assert.True(replied.Succeeded, replied.Error?.Message);
        return replied.Value;
    }

    private static string BodyText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
