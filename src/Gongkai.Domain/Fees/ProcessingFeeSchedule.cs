namespace Gongkai.Domain.Fees;

/// <summary>
/// The rates of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), marginal (超额累进) like income tax.
/// 按件计收, per applicant per calendar month, cumulative: requests 1–10 free; 11–30 at 100 元; from 31 in bands of
/// 10, each band 100 元 more (31–40 at 200 元, 41–50 at 300 元, …). 按量计收, per request: pages 1–30 free; 31–100 at
/// 10 元; 101–200 at 20 元; from 201 at 40 元. Worked examples: 35 requests in a month → 3,000 元; 250 pages → 4,700 元.
/// </summary>
public static class ProcessingFeeSchedule
{
    /// <summary>Requests per month free of charge.</summary>
    public const int FreeRequestsPerMonth = 10;

    /// <summary>Pages per request free of charge.</summary>
    public const int FreePages = 30;

    private static readonly (int From, int To, decimal Price)[] PageBands =
    [
        (1, 30, 0m),
        (31, 100, 10m),
        (101, 200, 20m),
        (201, int.MaxValue, 40m),
    ];

    /// <summary>The fee for the <paramref name="ordinal"/>-th request of one applicant in one calendar month (1-based).</summary>
    public static decimal PerRequestPrice(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        return ordinal switch
        {
            <= FreeRequestsPerMonth => 0m,
            <= 30 => 100m,
            _ => 100m * (2 + ((ordinal - 31) / 10)),
        };
    }

    /// <summary>The fee for <paramref name="requests"/> requests by one applicant in one calendar month, band by band.</summary>
    public static FeeQuote PerRequest(int requests)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        var bands = new List<FeeBand>();
        for (var from = 1; from <= requests;)
        {
            var to = from == 1 ? FreeRequestsPerMonth : from == 11 ? 30 : from + 9;
            var last = Math.Min(to, requests);
            var price = PerRequestPrice(from);
            bands.Add(new FeeBand(from, last, price, last - from + 1, price * (last - from + 1)));
            from = to + 1;
        }

        return new FeeQuote(ChargingMethod.PerRequest, requests, bands, bands.Sum(b => b.Amount));
    }

    /// <summary>The fee for one request of <paramref name="pages"/> pages, band by band.</summary>
    public static FeeQuote PerPage(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        var bands = PageBands
            .Where(b => b.From <= pages)
            .Select(b =>
            {
                var last = Math.Min(b.To, pages);
                return new FeeBand(b.From, last, b.Price, last - b.From + 1, b.Price * (last - b.From + 1));
            })
            .ToList();
        return new FeeQuote(ChargingMethod.PerPage, pages, bands, bands.Sum(b => b.Amount));
    }
}
