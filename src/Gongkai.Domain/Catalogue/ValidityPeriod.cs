namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The dates that decide an item's 有效性: 实施日期, the end of its term (有效期至) and 废止日期. An item
/// without dates is 有效; a repeal takes precedence over the end of the term.
/// </summary>
/// <param name="EffectiveFrom">实施日期, if stated.</param>
/// <param name="ValidThrough">The last day of its term (有效期至), if it has one.</param>
/// <param name="RepealedOn">废止日期, if repealed.</param>
public sealed record ValidityPeriod(DateOnly? EffectiveFrom = null, DateOnly? ValidThrough = null, DateOnly? RepealedOn = null)
{
    /// <summary>The item's validity on <paramref name="date"/>.</summary>
    public ItemValidity On(DateOnly date) =>
        RepealedOn is { } repealed && repealed <= date ? ItemValidity.Repealed
        : ValidThrough is { } through && through < date ? ItemValidity.Expired
        : ItemValidity.Effective;

    /// <summary>Whether the dates are coherent; a refusal names the problem in Chinese.</summary>
    public Result<ValidityPeriod> Check()
    {
        if (EffectiveFrom is { } from && ValidThrough is { } until && until < from)
        {
            return Result.Refused<ValidityPeriod>("有效期截止日期早于实施日期。");
        }

        return EffectiveFrom is { } start && RepealedOn is { } end && end < start
            ? Result.Refused<ValidityPeriod>("废止日期早于实施日期。")
            : Result.Success(this);
    }

    /// <summary>The Chinese word shown for <paramref name="validity"/>: 有效, 失效 or 废止.</summary>
    public static string Label(ItemValidity validity) => validity switch
    {
        ItemValidity.Effective => "有效",
        ItemValidity.Expired => "失效",
        ItemValidity.Repealed => "废止",
        _ => throw new ArgumentOutOfRangeException(nameof(validity), validity, null),
    };
}
