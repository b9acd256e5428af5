using Gongkai.Application.Requests.Attachments;

namespace Gongkai.Web.Requests;

/// <summary>What the attachments panel of a request shows: the files, whether the user may change them, and a refusal beside the field.</summary>
public sealed record RequestAttachmentsView(
    Guid RequestId,
    IReadOnlyList<RequestAttachment> Attachments,
    bool CanAct,
    RequestAttachmentKind Kind = RequestAttachmentKind.Other,
    string? UploadError = null,
    Guid? RemovingId = null,
    string? RemovalReason = null,
    string? RemovalError = null);
