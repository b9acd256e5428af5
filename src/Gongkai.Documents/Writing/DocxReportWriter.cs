using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// Writes a report as a Word document in the official layout (Regulation Art. 50: the State
/// Council's unified format): title, preamble, six sections, and the format's tables with their
/// merged header cells exactly as the form prints them.
/// </summary>
internal static class DocxReportWriter
{
    public static void Write(AnnualReport report, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyle.Styles();
            var body = new Body();
            body.Append(DocxStyle.Paragraph(report.Title, DocxStyle.Title));
            body.Append(DocxStyle.Paragraph(string.Empty, DocxStyle.Body));
            foreach (var paragraph in report.Preamble)
            {
                body.Append(BodyParagraph(paragraph.Text));
            }

            foreach (var (section, table) in ReportLayout.Sections(report))
            {
                body.Append(DocxStyle.Paragraph(ReportLayout.Heading(section), DocxStyle.Heading));
                foreach (var paragraph in section.Paragraphs)
                {
                    body.Append(BodyParagraph(paragraph.Text));
                }

                if (table is not null)
                {
                    body.Append(DocxTableWriter.Table(report, table, ReportLayout.Heading(section)));
                    body.Append(DocxStyle.Paragraph(string.Empty, DocxStyle.Body));
                }
            }

            body.Append(DocxStyle.Page());
            main.Document = new Document(body);
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Paragraph BodyParagraph(string text) => DocxStyle.Paragraph(text, DocxStyle.Body);
}
