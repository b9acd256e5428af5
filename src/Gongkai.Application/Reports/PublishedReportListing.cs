namespace Gongkai.Application.Reports;

/// <summary>One published version of a year's report, for the 年报 column.</summary>
public sealed record PublishedReportListing(int Year, int Number, DateTimeOffset? PublishedAt, string CorrectionNote);
