using Gongkai.Application.Persistence;
using Gongkai.Domain.Requests;

namespace Gongkai.Application.Requests;

/// <summary>One recorded step of a request (a <see cref="RequestEvent"/> plus who recorded it and a note).</summary>
public sealed class RequestStepRecord : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RequestId { get; set; }

    public Guid AgencyId { get; set; }

    public int Sequence { get; set; }

    public RequestEventKind Kind { get; set; }

    public DateOnly On { get; set; }

    public ConsultationKind? Consultation { get; set; }

    public int? WorkingDays { get; set; }

    public string? Approver { get; set; }

    public string? DispositionKey { get; set; }

    public DateOnly? Until { get; set; }

    public decimal? FeeAmount { get; set; }

    public string Note { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";
}
