using Gongkai.Application.Agencies;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// What the public sees of an agency's column: the 指南 (Art. 12), the categories of 法定主动公开内容
/// (Art. 20, 21) with counts, the years, and single items. Only published and withdrawn items are
/// visible; a withdrawn item shows its trace (索引号, date and reason), never its text.
/// </summary>
public sealed class PublicColumn(GongkaiDbContext db, CatalogueTallies tallies)
{
    /// <summary>The 指南 as published: generated from the agency's data, with the office's section edits.</summary>
    public async Task<DisclosureGuide> GuideAsync(Agency agency, CancellationToken cancellationToken = default)
    {
        var settings = await SettingsAsync(agency.Id, cancellationToken);
        return GuideEdits.Apply(Generated(agency, settings), GuideEdits.Read(settings.GuideEdits));
    }

    /// <summary>The 指南 generated from the agency's data alone, before the office's edits.</summary>
    public async Task<DisclosureGuide> GeneratedGuideAsync(Agency agency, CancellationToken cancellationToken = default) =>
        Generated(agency, await SettingsAsync(agency.Id, cancellationToken));

    private static DisclosureGuide Generated(Agency agency, CatalogueSettings settings)
    {
        var template = IndexNumberTemplate.Parse(settings.IndexTemplate);
        var office = new GuideOffice(
            agency.Name,
            string.IsNullOrWhiteSpace(agency.DisclosureOffice) ? null : agency.DisclosureOffice,
            agency.Address,
            agency.OfficeHours,
            agency.Phone,
            settings.Fax,
            agency.Email);
        return DisclosureGuide.Generate(
            office,
            AgencyLevel.FromName(agency.Name),
            CategoryScheme.Default,
            TopicList.Default,
            template.IsSuccess ? template.Value : IndexNumberTemplate.DefaultTemplate);
    }

    /// <summary>The office's edited 指南 text, if it replaced the generated one.</summary>
    public async Task<string?> EditedGuideAsync(Guid agencyId, CancellationToken cancellationToken = default) =>
        (await SettingsAsync(agencyId, cancellationToken)).GuideText;

    public async Task<IReadOnlyList<CategoryCount>> CategoriesAsync(Agency agency, CancellationToken cancellationToken = default)
    {
        var counts = (await tallies.OfAsync(agency.Id, cancellationToken)).ByCategory;
        return CategoryScheme.Default.For(AgencyLevel.FromName(agency.Name))
            .Select(c => new CategoryCount(c, counts.GetValueOrDefault(c.Code)))
            .ToList();
    }

    public async Task<IReadOnlyList<int>> YearsAsync(Guid agencyId, CancellationToken cancellationToken = default) =>
        (await tallies.OfAsync(agencyId, cancellationToken)).Years;

    public Task<CatalogueItem?> ItemAsync(Guid agencyId, Guid id, CancellationToken cancellationToken = default) =>
        Visible(agencyId).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>The attachments of a published item, without content.</summary>
    public Task<List<CatalogueAttachment>> AttachmentsAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        db.AttachmentListAsync(itemId, cancellationToken);

    /// <summary>One attachment with its content, only while its item is published.</summary>
    public async Task<CatalogueAttachment?> AttachmentAsync(Guid agencyId, Guid itemId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var published = await db.Set<CatalogueItem>().AsNoTracking()
            .AnyAsync(i => i.Id == itemId && i.AgencyId == agencyId && i.State == PublicationState.Published, cancellationToken);
        return published
            ? await db.Set<CatalogueAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ItemId == itemId, cancellationToken)
            : null;
    }

    private IQueryable<CatalogueItem> Visible(Guid agencyId) =>
        db.Set<CatalogueItem>().AsNoTracking().Where(i => i.AgencyId == agencyId
            && (i.State == PublicationState.Published || i.State == PublicationState.Withdrawn));

    private async Task<CatalogueSettings> SettingsAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await db.Set<CatalogueSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken)
        ?? new CatalogueSettings { AgencyId = agencyId };
}
