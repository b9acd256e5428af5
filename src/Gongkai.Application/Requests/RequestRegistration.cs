using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;

namespace Gongkai.Application.Requests;

/// <summary>What a clerk enters to register a request from any channel (Art. 29 content, Art. 31 dates).</summary>
public sealed record RequestRegistration(
    RequestChannel Channel,
    DateOnly SubmittedOn,
    DateOnly? SignedForOn,
    DateOnly? ConfirmedOn,
    ApplicantKind ApplicantKind,
    string ApplicantName,
    IdentityDocumentKind IdentityKind,
    string IdentityNumber,
    string Contact,
    string Description,
    RequestedForm Form,
    DeliveryMethod Delivery);
