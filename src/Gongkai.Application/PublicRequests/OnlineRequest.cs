using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;

namespace Gongkai.Application.PublicRequests;

/// <summary>What a citizen submits online (Art. 29: who, what information, in which form and how).</summary>
public sealed record OnlineRequest(
    ApplicantKind ApplicantKind,
    string ApplicantName,
    IdentityDocumentKind IdentityKind,
    string IdentityNumber,
    string Phone,
    string? Email,
    string? Address,
    string Description,
    RequestedForm Form,
    DeliveryMethod Delivery);
