using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Documents.Json;
using Gongkai.Domain.Reports;

namespace Gongkai.Cli.Reports;

/// <summary>
/// The <c>--json</c> output of <c>report check</c>: per file its path, agency, year, format, findings,
/// and every value read, cell by cell (key, label, number, raw text, source place); then the summary.
/// </summary>
internal static class CheckJsonView
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, IReadOnlyList<CheckedFile> files, CheckSummary summary)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                WriteFile(json, file);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("checked", summary.Checked);
            json.WriteNumber("withErrors", summary.WithErrors);
            json.WriteNumber("warningsOnly", summary.WarningsOnly);
            json.WriteNumber("unreadable", summary.Unreadable);
            json.WriteString("text", summary.Line);
            json.WriteEndObject();
            json.WriteNumber("exitCode", summary.ExitCode);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteFile(Utf8JsonWriter json, CheckedFile file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteBoolean("readable", !file.IsUnreadable);
        json.WriteString("error", file.Unreadable);
        var report = file.Report;
        json.WriteString("agency", report?.AgencyName);
        WriteNumberOrNull(json, "year", report?.Year);
        json.WriteString("format", report is null ? null : CanonicalJsonReport.FormatName(report.Format));
        json.WriteStartArray("findings");
        foreach (var finding in file.Findings)
        {
            WriteFinding(json, finding, report);
        }

        json.WriteEndArray();
        json.WriteStartArray("cells");
        if (report is not null)
        {
            foreach (var (key, label, value) in Cells(report))
            {
                json.WriteStartObject();
                json.WriteString("key", key.ToString());
                json.WriteString("label", label);
                WriteNumberOrNull(json, "number", value.Number);
                json.WriteString("raw", value.Raw);
                WriteSource(json, value.Source);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, AnnualReport? report)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", FindingText.Code(finding.Severity));
        json.WriteString("severityText", FindingText.Severity(finding.Severity));
        WriteNumberOrNull(json, "section", finding.Location.Section);
        json.WriteString("cell", finding.Location.Cell?.ToString());
        json.WriteString("cellLabel", finding.Location.Cell is { } cell ? Label(report, cell) : null);
        WriteSource(json, finding.Location.Source);
        json.WriteString("location", FindingText.Location(finding.Location));
        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }

    /// <summary>The cells in the layout order of the report's format, then any of the other format.</summary>
    private static IEnumerable<(CellKey Key, string Label, CellValue Value)> Cells(AnnualReport report)
    {
        var known = report.Definition.Cells.Where(c => report.Cells.ContainsKey(c.Key)).Select(c => (c.Key, c.Label, report.Cells[c.Key]));
        var foreign = report.Cells.Where(c => !report.Definition.HasCell(c.Key)).Select(c => (c.Key, Label(report, c.Key) ?? c.Key.ToString(), c.Value));
        return known.Concat(foreign);
    }

    private static string? Label(AnnualReport? report, CellKey key) =>
        (report is null ? null : report.Definition.FindCell(key)?.Label)
        ?? ReportFormats.All.Select(f => f.FindCell(key)?.Label).FirstOrDefault(l => l is not null);

    private static void WriteSource(Utf8JsonWriter json, SourceLocation? source)
    {
        if (source is null)
        {
            json.WriteNull("source");
            return;
        }

        json.WriteStartObject("source");
        WriteNumberOrNull(json, "page", source.Page);
        WriteNumberOrNull(json, "line", source.Line);
        WriteNumberOrNull(json, "table", source.Table);
        WriteNumberOrNull(json, "row", source.Row);
        WriteNumberOrNull(json, "cell", source.Cell);
        json.WriteString("text", source.RawText);
        json.WriteString("place", source.ToString());
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
