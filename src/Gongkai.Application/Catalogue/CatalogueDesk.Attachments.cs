using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalogue;

/// <summary>The staff side of an item's attachments.</summary>
public sealed partial class CatalogueDesk
{
    /// <summary>Adds a checked file to a draft (type by content and extension, size limit: <see cref="AttachmentPolicy"/>).</summary>
    public async Task<Result<CatalogueAttachment>> AttachAsync(AgencyScope scope, Guid itemId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<CatalogueItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (RefuseChange(scope, item) is { } denied)
        {
            return denied;
        }

        if (item!.State != PublicationState.Draft)
        {
            return Error.Conflict("只有草稿可以添加附件。");
        }

        var (contentType, refusal) = AttachmentPolicy.Check(fileName, content);
        if (refusal is not null)
        {
            return Error.Invalid(refusal, "Attachment");
        }

        var attachment = new CatalogueAttachment
        {
            ItemId = item.Id,
            AgencyId = item.AgencyId,
            FileName = AttachmentPolicy.SafeName(fileName),
            ContentType = contentType!,
            Size = content.Length,
            Content = content,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    /// <summary>The item's attachments without their content.</summary>
    public Task<List<CatalogueAttachment>> AttachmentsAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        db.AttachmentListAsync(itemId, cancellationToken);
}
