using Gongkai.Domain.Requests;

namespace Gongkai.Application.PublicRequests;

/// <summary>The receipt shown after submission, and the status shown on the tracking page.</summary>
public sealed record RequestReceipt(
    string TrackingCode,
    string AgencyName,
    string Number,
    DateOnly ReceivedOn,
    DateOnly? DueOn,
    RequestState State,
    DateOnly? ConcludedOn,
    string? DispositionKey,
    bool WasAlreadySubmitted);
