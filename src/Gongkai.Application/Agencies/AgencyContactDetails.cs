namespace Gongkai.Application.Agencies;

/// <summary>
/// The contact details an agency publishes in its guide and annual report (Art. 12: the disclosure
/// office's name, address, office hours, phone and email), with the version the clerk was editing.
/// </summary>
public sealed record AgencyContactDetails(
    string Address,
    string Phone,
    string Email,
    string OfficeHours,
    string DisclosureOffice,
    long Version);
