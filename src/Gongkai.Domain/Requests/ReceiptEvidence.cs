namespace Gongkai.Domain.Requests;

/// <summary>The facts from which the receipt date (收到申请之日) follows under Regulation Art. 31.</summary>
/// <param name="Channel">How the request came in.</param>
/// <param name="SubmittedOn">The day it was handed in, posted or sent.</param>
/// <param name="SignedForOn">By post: the day the agency signed for it (签收); null for an ordinary letter.</param>
/// <param name="ConfirmedOn">Online, fax or e-mail: the day both sides confirmed it (双方确认之日); by ordinary letter:
/// the day the office confirmed it with the applicant.</param>
public sealed record ReceiptEvidence(RequestChannel Channel, DateOnly SubmittedOn, DateOnly? SignedForOn = null, DateOnly? ConfirmedOn = null)
{
    /// <summary>
    /// The receipt date per Art. 31: (一) in person (and orally, dated like it): the day of submission;
    /// (二) by post: the day signed for, or for an ordinary letter the day the office confirmed it with the applicant;
    /// (三) online or by the office's fax (and e-mail): the day both sides confirmed. Refused when a fact is missing.
    /// </summary>
    public Result<DateOnly> ReceiptDate() => Channel switch
    {
        RequestChannel.InPerson or RequestChannel.Oral => Result.Success(SubmittedOn),
        RequestChannel.Post => (SignedForOn ?? ConfirmedOn) is { } day
            ? Checked(day)
            : Result.Refused<DateOnly>("邮寄申请以签收之日为收到申请之日；平常信函应于收到当日与申请人确认（条例第三十一条第二项），请填写签收或确认日期。"),
        RequestChannel.Online or RequestChannel.Fax or RequestChannel.Email => ConfirmedOn is { } confirmed
            ? Checked(confirmed)
            : Result.Refused<DateOnly>("通过互联网渠道或传真提交的申请，以双方确认之日为收到申请之日（条例第三十一条第三项），请填写确认日期。"),
    };

    private Result<DateOnly> Checked(DateOnly date) => date < SubmittedOn
        ? Result.Refused<DateOnly>($"收到（签收或确认）日期 {date:yyyy-MM-dd} 早于提交日期 {SubmittedOn:yyyy-MM-dd}。")
        : Result.Success(date);
}
