using Gongkai.Application.Catalogue;
using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Requests.Attachments;

/// <summary>
/// The files kept with a request, within the staff member's <see cref="AgencyScope"/>: listed and
/// downloaded by whoever may see the request, added and removed only by its own agency. Every change
/// lands in the audit trail with the same save (the entity is agency-owned).
/// </summary>
public sealed class RequestAttachments(GongkaiDbContext db, TimeProvider timeProvider)
{
    private const string Missing = "未找到该申请或附件，或您无权查看。";

    /// <summary>The request's files, newest first, without their content; removed ones with their trace.</summary>
    public async Task<Result<RequestAttachmentList>> ListAsync(AgencyScope scope, Guid requestId, CancellationToken cancellationToken = default)
    {
        var agencyId = await AgencyOfAsync(requestId, cancellationToken);
        if (agencyId is null || !scope.CanSee(agencyId.Value))
        {
            return Error.NotFound(Missing);
        }

        var items = await db.Set<RequestAttachment>().AsNoTracking()
            .Where(a => a.RequestId == requestId)
            .OrderByDescending(a => a.Id)
            .Select(a => new RequestAttachment
            {
                Id = a.Id,
                RequestId = a.RequestId,
                AgencyId = a.AgencyId,
                Kind = a.Kind,
                FileName = a.FileName,
                ContentType = a.ContentType,
                Size = a.Size,
                Content = Array.Empty<byte>(),
                UploadedAt = a.UploadedAt,
                UploadedBy = a.UploadedBy,
                RemovedAt = a.RemovedAt,
                RemovedBy = a.RemovedBy,
                RemovalReason = a.RemovalReason,
            })
            .ToListAsync(cancellationToken);
        return new RequestAttachmentList(items, scope.CanChange(agencyId.Value));
    }

    /// <summary>Adds a checked file (type by content and extension, size limit: <see cref="AttachmentPolicy"/>).</summary>
    public async Task<Result<RequestAttachment>> AttachAsync(AgencyScope scope, StaffUser actor, Guid requestId, RequestAttachmentKind kind, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var agencyId = await AgencyOfAsync(requestId, cancellationToken);
        if (agencyId is null || !scope.CanSee(agencyId.Value))
        {
            return Error.NotFound(Missing);
        }

        if (!scope.CanChange(agencyId.Value))
        {
            return Error.Forbidden("您的账号只能查看，不能为该申请上传附件。");
        }

        if (!Enum.IsDefined(kind))
        {
            return Error.Invalid("请选择附件类别。", nameof(RequestAttachment.Kind));
        }

        var (contentType, refusal) = AttachmentPolicy.Check(fileName, content);
        if (refusal is not null)
        {
            return Error.Invalid(refusal, nameof(RequestAttachment.Content));
        }

        var attachment = new RequestAttachment
        {
            RequestId = requestId,
            AgencyId = agencyId.Value,
            Kind = kind,
            FileName = AttachmentPolicy.SafeName(fileName),
            ContentType = contentType!,
            Size = content.Length,
            Content = content,
            UploadedAt = timeProvider.GetUtcNow(),
            UploadedBy = actor.DisplayName,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    /// <summary>A file with its content, for download; a removed file is gone.</summary>
    public async Task<Result<RequestAttachment>> OpenAsync(AgencyScope scope, Guid requestId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Set<RequestAttachment>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == requestId, cancellationToken);
        return attachment is null || attachment.IsRemoved || !scope.CanSee(attachment.AgencyId)
            ? Error.NotFound(Missing)
            : attachment;
    }

    /// <summary>Removes a file with a trace: the content is erased, the listing keeps who removed it, when and why.</summary>
    public async Task<Result<RequestAttachment>> RemoveAsync(AgencyScope scope, StaffUser actor, Guid requestId, Guid attachmentId, string? reason, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Set<RequestAttachment>()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == requestId, cancellationToken);
        if (attachment is null || !scope.CanSee(attachment.AgencyId))
        {
            return Error.NotFound(Missing);
        }

        if (!scope.CanChange(attachment.AgencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能删除该申请的附件。");
        }

        if (attachment.IsRemoved)
        {
            return Error.Conflict("该附件已被删除。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Invalid("请填写删除原因（将保留在办理记录中）。", nameof(RequestAttachment.RemovalReason));
        }

        attachment.RemovedAt = timeProvider.GetUtcNow();
        attachment.RemovedBy = actor.DisplayName;
        attachment.RemovalReason = reason.Trim()[..Math.Min(reason.Trim().Length, 500)];
        attachment.Content = [];
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    private Task<Guid?> AgencyOfAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.Requests.Where(r => r.Id == requestId).Select(r => (Guid?)r.AgencyId).FirstOrDefaultAsync(cancellationToken);
}
