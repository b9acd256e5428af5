using Gongkai.Domain.Requests;

namespace Gongkai.Application.Requests;

/// <summary>A lifecycle step as entered by a clerk, with the version of the request they were looking at.</summary>
public sealed record RequestStepInput(
    RequestEventKind Kind,
    DateOnly On,
    long Version,
    ConsultationKind? Consultation = null,
    int? WorkingDays = null,
    string? DispositionKey = null,
    DateOnly? Until = null,
    decimal? FeeAmount = null,
    string? Note = null);
