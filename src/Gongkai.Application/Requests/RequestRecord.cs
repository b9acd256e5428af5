using Gongkai.Application.Persistence;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;

namespace Gongkai.Application.Requests;

/// <summary>
/// A stored disclosure request (Art. 29 content) with its recorded steps. <see cref="State"/>,
/// <see cref="DueOn"/>, <see cref="ConcludedOn"/> and <see cref="DispositionKey"/> are derived from the
/// steps by the domain's <see cref="RequestCase"/> and kept here for the inbox and the annual report.
/// Personal data (name, identity number, contact) never leaves the console or enters a log.
/// </summary>
public sealed class RequestRecord : IVersioned, IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgencyId { get; set; }

    /// <summary>The agency's own number, e.g. <c>2026-0007</c>.</summary>
    public required string Number { get; set; }

    public RequestChannel Channel { get; set; }

    public DateOnly SubmittedOn { get; set; }

    /// <summary>收到申请之日 (Art. 31).</summary>
    public DateOnly ReceivedOn { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    public required string ApplicantName { get; set; }

    public IdentityDocumentKind IdentityKind { get; set; }

    public required string IdentityNumber { get; set; }

    public required string Contact { get; set; }

    public required string Description { get; set; }

    public RequestedForm Form { get; set; }

    public DeliveryMethod Delivery { get; set; }

    public RequestState State { get; set; }

    /// <summary>The reply deadline; null while suspended or when the calendar cannot tell yet.</summary>
    public DateOnly? DueOn { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    /// <summary>The table 三 row key of the disposition, once concluded.</summary>
    public string? DispositionKey { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public List<RequestStepRecord> Steps { get; set; } = [];

    public long Version { get; set; }
}
