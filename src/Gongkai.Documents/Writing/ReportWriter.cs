using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>Writes an annual report in any of the output shapes.</summary>
public static class ReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(AnnualReport report, ReportOutputFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportOutputFormat.Docx:
                DocxReportWriter.Write(report, output);
                break;
            case ReportOutputFormat.Html:
                HtmlReportWriter.Write(report, output);
                break;
            case ReportOutputFormat.Markdown:
                MarkdownReportWriter.Write(report, output);
                break;
            case ReportOutputFormat.Json:
                JsonReportWriter.Write(report, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format.");
        }
    }

    /// <summary>Writes <paramref name="report"/> into a new byte array.</summary>
    public static byte[] ToBytes(AnnualReport report, ReportOutputFormat format)
    {
        using var buffer = new MemoryStream();
        Write(report, format, buffer);
        return buffer.ToArray();
    }

    /// <summary>The usual file extension (with dot) for an output format.</summary>
    public static string Extension(ReportOutputFormat format) => format switch
    {
        ReportOutputFormat.Docx => ".docx",
        ReportOutputFormat.Html => ".html",
        ReportOutputFormat.Markdown => ".md",
        ReportOutputFormat.Json => ".json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
    };
}
