using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalogue;

/// <summary>An item's attachments for listing: metadata only, the content is not loaded.</summary>
internal static class AttachmentListing
{
    public static Task<List<CatalogueAttachment>> AttachmentListAsync(this GongkaiDbContext db, Guid itemId, CancellationToken cancellationToken) =>
        db.Set<CatalogueAttachment>().AsNoTracking().Where(a => a.ItemId == itemId)
            .Select(a => new CatalogueAttachment { Id = a.Id, ItemId = a.ItemId, AgencyId = a.AgencyId, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Content = Array.Empty<byte>() })
            .ToListAsync(cancellationToken);
}
