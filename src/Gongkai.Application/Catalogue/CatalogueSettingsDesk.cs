using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// The agency administrator's side of the column: the 索引号 template (validated; a change never lets an
/// issued number be issued again) and the 指南's section edits (Art. 12: generated from the agency's
/// data and editable). Everyone in the agency may look; only its administrator may change.
/// </summary>
public sealed class CatalogueSettingsDesk(GongkaiDbContext db, PublicColumn column, OfficeToday today)
{
    public const int MaxEditLength = 5000;

    public async Task<Result<CatalogueSettingsView>> GetAsync(AgencyScope scope, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == scope.HomeAgencyId, cancellationToken);
        if (agency is null)
        {
            return Error.NotFound("未找到本机关。");
        }

        var settings = await db.Set<CatalogueSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == agency.Id, cancellationToken)
            ?? new CatalogueSettings { AgencyId = agency.Id };
        var template = IndexNumberTemplate.Parse(settings.IndexTemplate);
        var next = template.IsSuccess ? await NextIndexNumberAsync(agency.Id, agency.CreditCode, template.Value, cancellationToken) : null;
        return new CatalogueSettingsView(
            agency.Name,
            agency.CreditCode,
            settings.IndexTemplate,
            settings.Fax,
            GuideEdits.Read(settings.GuideEdits),
            settings.Version,
            await column.GeneratedGuideAsync(agency, cancellationToken),
            next,
            CanEdit(scope, roles));
    }

    public async Task<Result<CatalogueSettings>> SaveAsync(AgencyScope scope, IReadOnlyCollection<string> roles, CatalogueSettingsInput input, CancellationToken cancellationToken = default)
    {
        if (!CanEdit(scope, roles))
        {
            return Error.Forbidden("只有本机关的机关管理员可以修改索引号模板和公开指南。");
        }

        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == scope.HomeAgencyId, cancellationToken);
        var template = IndexNumberTemplate.Parse(input.IndexTemplate);
        if (!template.IsSuccess)
        {
            return Error.Invalid(template.Refusal!, nameof(input.IndexTemplate));
        }

        if ((input.Fax ?? "").Trim().Length > 60)
        {
            return Error.Invalid("传真号码不能超过60个字符。", nameof(input.Fax));
        }

        if (input.GuideEdits.FirstOrDefault(e => e.Text.Length > MaxEditLength) is { } tooLong)
        {
            return Error.Invalid($"每一部分的补充或替换文字不能超过 {MaxEditLength} 字。", $"Section{tooLong.Section}");
        }

        var settings = await db.Set<CatalogueSettings>().FirstOrDefaultAsync(s => s.AgencyId == agency.Id, cancellationToken);
        if (settings is null)
        {
            settings = new CatalogueSettings { AgencyId = agency.Id };
            db.Add(settings);
        }
        else
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = input.Version;
        }

        if (!string.Equals(settings.IndexTemplate, template.Value.Text, StringComparison.Ordinal)
            && await NextIndexNumberAsync(agency.Id, agency.CreditCode, template.Value, cancellationToken) is { } next
            && await db.Set<CatalogueItem>().AnyAsync(i => i.AgencyId == agency.Id && i.IndexNumber == next, cancellationToken))
        {
            // The sequence never goes back, but a template's literal text could still spell a number already issued.
            return Error.Invalid($"按新模板生成的下一个索引号“{next}”已经使用过，索引号不得重复使用，请调整模板。", nameof(input.IndexTemplate));
        }

        settings.IndexTemplate = template.Value.Text;
        settings.Fax = (input.Fax ?? "").Trim();
        settings.GuideEdits = GuideEdits.Write(input.GuideEdits);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return settings;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("保存失败：其他人刚刚修改了这些设置。请刷新页面查看最新内容后再修改。");
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("保存失败：其他人刚刚保存了这些设置。请刷新页面后再修改。");
        }
    }

    private static bool CanEdit(AgencyScope scope, IReadOnlyCollection<string> roles) =>
        scope.CanChange(scope.HomeAgencyId) && (roles.Contains(StaffRoles.AgencyAdministrator) || roles.Contains(StaffRoles.SystemAdministrator));

    /// <summary>The number the template would give the next item published today (the year's counter goes on whatever the template).</summary>
    private async Task<string?> NextIndexNumberAsync(Guid agencyId, string creditCode, IndexNumberTemplate template, CancellationToken cancellationToken)
    {
        var code = UnifiedSocialCreditCode.Parse(creditCode);
        if (!code.IsSuccess)
        {
            return null;
        }

        var year = today.Date.Year;
        var last = await db.Set<IndexNumberCounterRecord>().AsNoTracking()
            .Where(c => c.AgencyId == agencyId && c.Year == year).Select(c => c.LastIssued).FirstOrDefaultAsync(cancellationToken);
        return template.Render(code.Value, today.Date, last + 1);
    }
}
