namespace Gongkai.Domain.Requests;

/// <summary>
/// A period not counted in the reply period: given by its dates (the working days after <see cref="Start"/> up to and
/// including <see cref="End"/>), or by its length in working days when only that is known.
/// </summary>
/// <param name="Kind">Why the clock stood still.</param>
/// <param name="Start">The day the consultation letter or fee notice went out.</param>
/// <param name="End">The day it ended; null while it runs.</param>
/// <param name="Length">The length in working days, when the dates are not given.</param>
public sealed record ReplyPause(PauseKind Kind, DateOnly? Start, DateOnly? End, int? Length = null)
{
    /// <summary>A pause given by its dates.</summary>
    public static ReplyPause Between(PauseKind kind, DateOnly start, DateOnly? end) => new(kind, start, end);

    /// <summary>A pause given by its length in working days.</summary>
    public static ReplyPause OfLength(PauseKind kind, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        return new ReplyPause(kind, null, null, workingDays);
    }

    /// <summary>True while the pause has started and not ended.</summary>
    public bool IsOpen => Length is null && End is null;

    /// <summary>The Chinese name of the pause and its legal basis.</summary>
    public string Description => Kind switch
    {
        PauseKind.ThirdPartyConsultation => "征求第三方意见（条例第三十二条、第三十三条第三款）",
        PauseKind.AgencyConsultation => "征求其他机关意见（条例第三十四条、第三十三条第三款）",
        PauseKind.FeeNotice => "收费通知至缴费（国办函〔2020〕109号）",
    };
}
