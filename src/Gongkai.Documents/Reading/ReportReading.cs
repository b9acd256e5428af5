using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading;

/// <summary>What a reader made of a file: the report, the reader's own findings, and the source.</summary>
/// <param name="Report">The report read; null only when nothing report-like was found.</param>
/// <param name="Findings">
/// Reading doubts (<see cref="FindingSeverity.VerifyReading"/>, "请核对识别结果") and what the reader
/// could see is missing or mixed (STRUCTURE, K10). The checks add their own findings on the report.
/// </param>
/// <param name="Source">The document as extracted, with where every piece came from.</param>
public sealed record ReportReading(AnnualReport? Report, IReadOnlyList<Finding> Findings, SourceDocument Source);
