namespace Gongkai.Application.Agencies;

/// <summary>
/// The contact details an agency publishes in its guide and annual report (Art. 12: the disclosure
/// office's name, address, office hours, phone and email), with the version the clerk was editing, and the
/// remedy data and 机关代字 its letters print (复议机关, the online 复议 channel, the code heading each 发文字号;
/// null leaves them unchanged).
/// </summary>
public sealed record AgencyContactDetails(
    string Address,
    string Phone,
    string Email,
    string OfficeHours,
    string DisclosureOffice,
    long Version,
    string? ReviewBody = null,
    string? OnlineReviewChannel = null,
    string? LetterCode = null);
