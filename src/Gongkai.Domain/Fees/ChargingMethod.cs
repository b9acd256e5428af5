namespace Gongkai.Domain.Fees;

/// <summary>
/// The two ways of charging the information processing fee (国办函〔2020〕109号 Art. 3); for each request the agency
/// picks one, and the two may not be combined.
/// </summary>
public enum ChargingMethod
{
    /// <summary>按件计收: by the applicant's cumulative number of requests in a calendar month.</summary>
    PerRequest,

    /// <summary>按量计收: by the number of pages of one request.</summary>
    PerPage,
}
