namespace Gongkai.Domain.Letters;

/// <summary>
/// 救济途径 (letters.md §1.5): the 复议机关 and the 60-day period (行政复议法 2023 Art. 20), the court period (行政诉讼法
/// Art. 45, 46), 复议前置 for 不予公开 (行政复议法 Art. 23 ¶1(四), ¶2), and the online 复议 channel when the letter is
/// served electronically (Art. 22 ¶2). The court is not named: "依法向人民法院" is the safe wording.
/// </summary>
public static class RemedyClause
{
    /// <summary>Both routes, at the applicant's choice (行政复议法 Art. 20; 行政诉讼法 Art. 46).</summary>
    public static string Ordinary(string reviewBody, string subject) =>
        $"如对{subject}不服，可以自收到{subject}之日起60日内向{reviewBody}申请行政复议，也可以自收到{subject}之日起6个月内依法向人民法院提起行政诉讼。";

    /// <summary>复议前置: apply for 复议 first, then sue within 15 days of the 复议决定 (行政复议法 Art. 23; 行政诉讼法 Art. 45).</summary>
    public static string ReviewFirst(string reviewBody, string subject) =>
        $"如对{subject}中不予公开的决定不服，依照{Citation.ReviewLaw}第二十三条的规定，应当先自收到{subject}之日起60日内向{reviewBody}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。";

    /// <summary>The clause for a letter; <paramref name="onlineChannel"/> is added when served electronically.</summary>
    public static string Compose(string reviewBody, bool reviewFirst, string? onlineChannel, string subject = "本答复")
    {
        var clause = reviewFirst ? ReviewFirst(reviewBody, subject) : Ordinary(reviewBody, subject);
        return string.IsNullOrWhiteSpace(onlineChannel) ? clause : clause + $"行政复议申请也可以通过{onlineChannel.Trim()}在线提出。";
    }
}
