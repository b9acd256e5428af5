using Gongkai.Application.Persistence;

namespace Gongkai.Application.Requests.Attachments;

/// <summary>
/// A file kept with a request: the applicant's identity copy, the scanned letter, the material sent with
/// the reply. Its type is checked by content (<see cref="Catalogue.AttachmentPolicy"/>). A removal keeps
/// the trace (name, size, who, when, why) and erases only the content, so the file list stays honest.
/// </summary>
public sealed class RequestAttachment : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RequestId { get; set; }

    public Guid AgencyId { get; set; }

    public RequestAttachmentKind Kind { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }

    public string? RemovedBy { get; set; }

    public string? RemovalReason { get; set; }

    /// <summary>True once removed: listed with its trace, no longer downloadable.</summary>
    public bool IsRemoved => RemovedAt is not null;
}
