using Gongkai.Domain.Requests;

namespace Gongkai.Application.Requests;

/// <summary>A request as the detail page shows it: the record, the rebuilt case, its deadline and who may act.</summary>
public sealed record RequestDetail(
    RequestRecord Record,
    string AgencyName,
    RequestCase Case,
    ReplyDeadline? Deadline,
    string? DeadlineProblem,
    Urgency Urgency,
    bool CanAct,
    bool CanApproveExtension);
