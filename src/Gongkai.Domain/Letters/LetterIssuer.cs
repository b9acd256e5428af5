namespace Gongkai.Domain.Letters;

/// <summary>
/// The agency that issues a letter, as its profile stands on the day of issue (letters.md §1.1, §1.5, §1.6).
/// </summary>
/// <param name="AgencyName">The responsible agency's full name: title, sign-off and seal.</param>
/// <param name="DisclosureOffice">The office that handles disclosure (Art. 4), for the contact block.</param>
/// <param name="Address">The office's mailing address.</param>
/// <param name="Phone">The office's telephone.</param>
/// <param name="ReviewBody">行政复议机关 (行政复议法 2023 Art. 24–28); null or blank when unset, which blocks letters that need a remedy clause (letters.md §3 D7).</param>
/// <param name="OnlineReviewChannel">Where the 复议 application can be filed online; required when a letter is served electronically (行政复议法 Art. 22 ¶2).</param>
public sealed record LetterIssuer(
    string AgencyName,
    string DisclosureOffice,
    string Address,
    string Phone,
    string? ReviewBody,
    string? OnlineReviewChannel = null);
