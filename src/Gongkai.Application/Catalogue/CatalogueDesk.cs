using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// The staff side of the catalogue: drafts, review and publication (Art. 17, 26), withdrawal with a trace.
/// The 索引号 is allocated in the approval's transaction from the agency-year counter; a concurrent
/// approval that took the same number makes this one retry with the next.
/// </summary>
public sealed partial class CatalogueDesk(GongkaiDbContext db, WorkingDayCalendar calendar, OfficeToday today)
{
    private const int AllocationAttempts = 5;

    public Task<List<CatalogueItem>> ListAsync(AgencyScope scope, CancellationToken cancellationToken = default) =>
        db.Set<CatalogueItem>().AsNoTracking()
            .Where(i => i.AgencyId == scope.HomeAgencyId)
            .OrderBy(i => i.State).ThenByDescending(i => i.FormedOn)
            .Take(500)
            .ToListAsync(cancellationToken);

    public async Task<Result<CatalogueItem>> FindAsync(AgencyScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<CatalogueItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return item is null || !scope.CanSee(item.AgencyId) ? Error.NotFound("没有找到该信息。") : item;
    }

    /// <summary>Art. 26 for the item as it stands today.</summary>
    public PublicationTimeliness Timeliness(CatalogueItem item) =>
        PublicationTimeliness.Assess(item.FormedOn, item.PublishedOn, today.Date, calendar);

    public async Task<Result<CatalogueItem>> CreateAsync(AgencyScope scope, CatalogueItemInput input, CancellationToken cancellationToken = default)
    {
        if (!scope.CanChange(scope.HomeAgencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能编辑信息。");
        }

        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == scope.HomeAgencyId, cancellationToken);
        if (Validate(input, AgencyLevel.FromName(agency.Name)) is { } invalid)
        {
            return invalid;
        }

        var item = new CatalogueItem { AgencyId = agency.Id, Title = "", IssuingBody = "", CategoryCode = "", TopicCode = "" };
        Copy(input, item);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task<Result<CatalogueItem>> UpdateAsync(AgencyScope scope, Guid id, long version, CatalogueItemInput input, CancellationToken cancellationToken = default)
    {
        var found = await LoadForChangeAsync(scope, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }

        var item = found.Value;
        if (item.State != PublicationState.Draft)
        {
            return Error.Conflict("只有草稿可以修改；已公开的信息请撤回后重新发布。");
        }

        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == item.AgencyId, cancellationToken);
        if (Validate(input, AgencyLevel.FromName(agency.Name)) is { } invalid)
        {
            return invalid;
        }

        Copy(input, item);
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>送审, 退回 or 撤回; approval is <see cref="ApproveAsync"/>.</summary>
    public async Task<Result<CatalogueItem>> StepAsync(AgencyScope scope, Guid id, long version, PublicationStep step, string? reason, bool isApprover, CancellationToken cancellationToken = default)
    {
        if (step == PublicationStep.Approve)
        {
            return await ApproveAsync(scope, id, version, isApprover, cancellationToken);
        }

        if (step is PublicationStep.Return or PublicationStep.Withdraw && !isApprover)
        {
            return Error.Forbidden("只有审批人可以退回或撤回信息。");
        }

        var found = await LoadForChangeAsync(scope, id, version, cancellationToken);
        if (!found.Succeeded)
        {
            return found;
        }

        var item = found.Value;
        var next = PublicationWorkflow.Apply(item.State, step, reason);
        if (!next.IsSuccess)
        {
            return Error.Invalid(next.Refusal!, nameof(reason));
        }

        item.State = next.Value;
        if (step == PublicationStep.Withdraw)
        {
            item.WithdrawalReason = reason!.Trim();
            item.WithdrawnOn = today.Date;
        }

        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>审核公开: allocates the 索引号 and publishes, in one transaction (Art. 17, 26).</summary>
    public async Task<Result<CatalogueItem>> ApproveAsync(AgencyScope scope, Guid id, long version, bool isApprover, CancellationToken cancellationToken = default)
    {
        if (!isApprover)
        {
            return Error.Forbidden("只有审批人可以审核公开信息（条例第十七条）。");
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var found = await LoadForChangeAsync(scope, id, version, cancellationToken);
            if (!found.Succeeded)
            {
                return found;
            }

            var item = found.Value;
            var next = PublicationWorkflow.Apply(item.State, PublicationStep.Approve);
            if (!next.IsSuccess)
            {
                return Error.Conflict(next.Refusal!);
            }

            var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == item.AgencyId, cancellationToken);
            var settings = await db.Set<CatalogueSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == item.AgencyId, cancellationToken);
            var template = IndexNumberTemplate.Parse(settings?.IndexTemplate ?? IndexNumberTemplate.Default);
            var creditCode = UnifiedSocialCreditCode.Parse(agency.CreditCode);
            if (!template.IsSuccess || !creditCode.IsSuccess)
            {
                return Error.Invalid("本机关的索引号模板或统一社会信用代码有误，请机关管理员先更正：" + (template.Refusal ?? creditCode.Refusal));
            }

            var publishedOn = today.Date;
            var counter = await db.Set<IndexNumberCounterRecord>()
                .FirstOrDefaultAsync(c => c.AgencyId == item.AgencyId && c.Year == publishedOn.Year, cancellationToken);
            if (counter is null)
            {
                counter = new IndexNumberCounterRecord { AgencyId = item.AgencyId, Year = publishedOn.Year };
                db.Add(counter);
            }

            var (issued, sequence) = new IndexNumberCounter(counter.Year, counter.LastIssued).Issue();
            counter.LastIssued = issued.LastIssued;
            item.IndexNumber = template.Value.Render(creditCode.Value, publishedOn, sequence);
            item.PublishedOn = publishedOn;
            item.State = next.Value;
            item.PublishedLate = PublicationTimeliness.Assess(item.FormedOn, publishedOn, publishedOn, calendar).IsFlagged;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return item;
            }
            catch (DbUpdateException) when (attempt < AllocationAttempts)
            {
                // Another approval took this number (counter version changed, or the first counter row
                // was inserted twice): reload and take the next one. The item's own version is re-checked.
                var current = await db.Set<CatalogueItem>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstOrDefaultAsync(cancellationToken);
                if (current != version)
                {
                    db.ChangeTracker.Clear();
                    return Error.Conflict("该信息已被他人修改，请刷新后重试。");
                }
            }
        }
    }

    private async Task<Result<CatalogueItem>> LoadForChangeAsync(AgencyScope scope, Guid id, long version, CancellationToken cancellationToken)
    {
        var item = await db.Set<CatalogueItem>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (RefuseChange(scope, item) is { } refusal)
        {
            return refusal;
        }

        return item!.Version != version ? Error.Conflict("该信息已被他人修改，请刷新后重试。") : item;
    }

    /// <summary>Not found for another agency's item (no hint that it exists); forbidden for read-only staff.</summary>
    private static Error? RefuseChange(AgencyScope scope, CatalogueItem? item) =>
        item is null || !scope.CanSee(item.AgencyId) ? Error.NotFound("没有找到该信息。")
        : !scope.CanChange(item.AgencyId) ? Error.Forbidden("您的账号只能查看，不能编辑信息。")
        : null;

    private async Task<Result<CatalogueItem>> SaveAsync(CatalogueItem item, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return item;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("该信息已被他人修改，请刷新后重试。");
        }
    }

    private Error? Validate(CatalogueItemInput input, AgencyLevel level)
    {
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return Error.Invalid("请填写信息名称（条例第十二条）。", nameof(input.Title));
        }

        if (string.IsNullOrWhiteSpace(input.IssuingBody))
        {
            return Error.Invalid("请填写发布机构。", nameof(input.IssuingBody));
        }

        if (input.FormedOn > today.Date)
        {
            return Error.Invalid("成文日期不能晚于今天。", nameof(input.FormedOn));
        }

        if (CategoryScheme.Default.Find(input.CategoryCode) is not { } category || !category.AppliesTo(level))
        {
            return Error.Invalid("请选择本机关适用的主动公开类别（条例第二十条、第二十一条）。", nameof(input.CategoryCode));
        }

        if (TopicList.Default.Find(input.TopicCode) is null)
        {
            return Error.Invalid("请选择主题分类。", nameof(input.TopicCode));
        }

        var validity = new ValidityPeriod(input.EffectiveFrom, input.ValidThrough, input.RepealedOn).Check();
        return validity.IsSuccess ? null : Error.Invalid(validity.Refusal!, nameof(input.ValidThrough));
    }

    private static void Copy(CatalogueItemInput input, CatalogueItem item)
    {
        item.Title = input.Title.Trim();
        item.IssuingBody = input.IssuingBody.Trim();
        item.DocumentNumber = input.DocumentNumber?.Trim() ?? "";
        item.FormedOn = input.FormedOn;
        item.CategoryCode = input.CategoryCode;
        item.TopicCode = TopicList.Default.Find(input.TopicCode)!.Code;
        item.EffectiveFrom = input.EffectiveFrom;
        item.ValidThrough = input.ValidThrough;
        item.RepealedOn = input.RepealedOn;
        item.Summary = input.Summary?.Trim() ?? "";
        item.Body = input.Body?.Trim() ?? "";
    }
}
