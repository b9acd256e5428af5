namespace Gongkai.Application.Requests.Attachments;

/// <summary>A request's files without their content, and whether the viewer may add or remove files.</summary>
public sealed record RequestAttachmentList(IReadOnlyList<RequestAttachment> Items, bool CanChange);
