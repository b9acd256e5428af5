namespace Gongkai.Domain.Fees;

/// <summary>A request as the fee rules see it: who (de-duplicated identity), when, how charged, and its pages.</summary>
/// <param name="ApplicantKey">The applicant's identity key (ID number or credit code, see IdentityDocument.DeduplicationKey).</param>
/// <param name="ReceivedOn">收到申请之日; decides the calendar month.</param>
/// <param name="Method">The one method chosen for this request (109号 Art. 3).</param>
/// <param name="Pages">Pages provided (按量计收 only).</param>
public sealed record FeeableRequest(string ApplicantKey, DateOnly ReceivedOn, ChargingMethod Method, int Pages = 0);
