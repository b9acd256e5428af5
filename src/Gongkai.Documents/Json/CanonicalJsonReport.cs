using System.Text.Json;
using Gongkai.Documents.Reading;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Json;

/// <summary>
/// The canonical JSON of an annual report: stable keys naming every row and column, so that two
/// reports compare cell by cell. Documented in docs/annual-report-json.md; the JSON Schema is
/// docs/annual-report.schema.json (see <see cref="AnnualReportJsonSchema"/>).
/// </summary>
public static class CanonicalJsonReport
{
    /// <summary>The schema's identifier, written as the document's <c>$schema</c>.</summary>
    public const string SchemaId = "urn:gongkai:schema:annual-report:1";

    /// <summary>The version of the key set; a reader refuses a version it does not know.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The <c>format</c> value of a report format.</summary>
    public static string FormatName(ReportFormat format) => format switch
    {
        ReportFormat.Trial2019 => "2019-trial",
        ReportFormat.Revised2021 => "2021",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The report format named by a <c>format</c> value, or null.</summary>
    public static ReportFormat? ParseFormat(string? name) => name switch
    {
        "2019-trial" => ReportFormat.Trial2019,
        "2021" => ReportFormat.Revised2021,
        _ => null,
    };

    /// <summary>Reads a canonical JSON report, checking its structure.</summary>
    /// <exception cref="UnreadableReportException">Not JSON, or not of the canonical structure (message in Chinese).</exception>
    public static AnnualReport Read(Stream stream) => Read(ReadLimits.ReadBounded(stream));

    /// <summary>Reads a canonical JSON report from bytes, checking its structure.</summary>
    /// <exception cref="UnreadableReportException">Not JSON, or not of the canonical structure (message in Chinese).</exception>
    public static AnnualReport Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            return CanonicalJsonParser.Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new UnreadableReportException($"不是有效的 JSON 文件（第 {(ex.LineNumber ?? 0) + 1} 行附近有语法错误）", ex);
        }
    }
}
