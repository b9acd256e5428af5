using Gongkai.Domain.Applicants;

namespace Gongkai.Domain.Requests;

/// <summary>What table 三 needs of one request: applicant column, receipt date, and how and when it ended.</summary>
/// <param name="Applicant">The applicant's kind (the column).</param>
/// <param name="ReceivedOn">收到申请之日 (Art. 31).</param>
/// <param name="ConcludedOn">The day it ended; null while open.</param>
/// <param name="Disposition">How it ended; null while open.</param>
public readonly record struct RequestTableEntry(ApplicantKind Applicant, DateOnly ReceivedOn, DateOnly? ConcludedOn, Disposition? Disposition)
{
    /// <summary>How report year <paramref name="year"/> counts this request.</summary>
    public RequestYearAttribution AttributionIn(int year) => RequestYearAttribution.For(ReceivedOn, ConcludedOn, year);
}
