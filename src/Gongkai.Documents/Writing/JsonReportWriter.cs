using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Documents.Json;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// Writes the canonical JSON: fixed key order, every cell of the format in layout order (null for a
/// blank), Chinese unescaped, LF line ends. The same report always gives the same bytes.
/// </summary>
internal static class JsonReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(AnnualReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("$schema", CanonicalJsonReport.SchemaId);
        json.WriteNumber("schemaVersion", CanonicalJsonReport.SchemaVersion);
        json.WriteString("agency", report.AgencyName);
        json.WriteNumber("year", report.Year);
        json.WriteString("format", CanonicalJsonReport.FormatName(report.Format));
        json.WriteString("title", report.Title);
        json.WriteStartArray("preamble");
        foreach (var paragraph in report.Preamble)
        {
            json.WriteStringValue(paragraph.Text);
        }

        json.WriteEndArray();
        json.WriteStartArray("sections");
        foreach (var section in report.Sections)
        {
            json.WriteStartObject();
            json.WriteNumber("number", section.Number);
            json.WriteString("marker", section.Marker);
            json.WriteString("title", section.Title);
            json.WriteStartArray("paragraphs");
            foreach (var paragraph in section.Paragraphs)
            {
                json.WriteStringValue(paragraph.Text);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("cells");
        foreach (var cell in report.Definition.Cells)
        {
            var value = report[cell.Key];
            var name = cell.Key.ToString();
            if (value.Number is { } number)
            {
                // Raw number text keeps the decimals as given (1.50 stays 1.50).
                json.WritePropertyName(name);
                json.WriteRawValue(number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
            }
            else if (value.IsUnreadable)
            {
                json.WriteString(name, value.Raw!.Trim());
            }
            else
            {
                json.WriteNull(name);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
