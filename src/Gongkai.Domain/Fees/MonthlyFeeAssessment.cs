namespace Gongkai.Domain.Fees;

/// <summary>
/// Assesses the fee of every request in a list: each request has one method (109号 Art. 3); a per-request fee depends on
/// the request's place among all requests by the same applicant in the same calendar month (一个自然月内累计), in
/// receipt order; a per-page fee depends on its pages only.
/// </summary>
public static class MonthlyFeeAssessment
{
    /// <summary>The fee of each request, in the order given.</summary>
    /// <remarks>
    /// Every request of the applicant in the month counts towards the monthly total, whichever method is chosen for it
    /// (reading of "累计申请"; the text of 109号 after Art. 5 could not be verified, see law-and-formats §7).
    /// Requests received on the same day keep the order given.
    /// </remarks>
    public static IReadOnlyList<decimal> Assess(IReadOnlyList<FeeableRequest> requests)
    {
        var fees = new decimal[requests.Count];
        var order = Enumerable.Range(0, requests.Count).OrderBy(i => requests[i].ReceivedOn).ThenBy(i => i);
        var counts = new Dictionary<(string Applicant, int Year, int Month), int>();
        foreach (var i in order)
        {
            var request = requests[i];
            var key = (request.ApplicantKey, request.ReceivedOn.Year, request.ReceivedOn.Month);
            var ordinal = counts[key] = counts.GetValueOrDefault(key) + 1;
            fees[i] = request.Method switch
            {
                ChargingMethod.PerRequest => ProcessingFeeSchedule.PerRequestPrice(ordinal),
                ChargingMethod.PerPage => ProcessingFeeSchedule.PerPage(request.Pages).Total,
            };
        }

        return fees;
    }
}
