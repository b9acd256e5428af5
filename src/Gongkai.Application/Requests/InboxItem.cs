using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;

namespace Gongkai.Application.Requests;

/// <summary>One line of the inbox. The applicant appears by kind only: no personal data in lists.</summary>
public sealed record InboxItem(
    Guid Id,
    string Number,
    string AgencyName,
    ApplicantKind ApplicantKind,
    string Description,
    DateOnly ReceivedOn,
    RequestState State,
    DateOnly? DueOn,
    Urgency Urgency);
