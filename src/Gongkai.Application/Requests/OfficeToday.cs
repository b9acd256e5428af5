namespace Gongkai.Application.Requests;

/// <summary>Today's date where the offices are (China Standard Time, UTC+8, no daylight saving).</summary>
public sealed class OfficeToday(TimeProvider timeProvider)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public DateOnly Date => DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(ChinaOffset).DateTime);
}
