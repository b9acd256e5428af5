using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// Writes a report as Word's plain-text export does (the shape of the seed report): paragraphs one
/// per line, each table cell on its own tab-indented line (a vertically merged cell continues as an
/// empty tab line), a blank line after each table row. Used to build test and benchmark corpora.
/// </summary>
internal static class TextReportWriter
{
    public static string Write(AnnualReport report)
    {
        var text = new StringBuilder(16 * 1024);
        text.Append(report.Title).Append("\n\n");
        foreach (var paragraph in report.Preamble)
        {
            text.Append(paragraph.Text).Append('\n');
        }

        foreach (var (section, table) in ReportLayout.Sections(report))
        {
            text.Append(ReportLayout.Heading(section)).Append('\n');
            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(paragraph.Text).Append('\n');
            }

            if (table is not null)
            {
                AppendTable(text, report, table);
                text.Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, AnnualReport report, TableDefinition definition)
    {
        var layout = TableLayout.For(report.Format, definition);
        foreach (var slots in layout.Slots)
        {
            foreach (var slot in slots)
            {
                text.Append('\t');
                if (slot.Cell is { } cell)
                {
                    text.Append(cell.Role == LayoutRole.Data ? CellText.Of(report[TableLayout.KeyOf(definition, cell)]) : cell.Text);
                }

                text.Append('\n');
            }

            text.Append('\n');
        }
    }
}
