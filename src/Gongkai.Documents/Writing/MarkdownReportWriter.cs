using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// Writes a report as Markdown: headings, paragraphs and one pipe table per table block, merged
/// headers flattened as "group / label". <c>MarkdownReportSource</c> reads it back.
/// </summary>
internal static class MarkdownReportWriter
{
    /// <summary>Separates a header's groups from its label in a flattened header.</summary>
    public const string GroupSeparator = " / ";

    public static void Write(AnnualReport report, Stream output)
    {
        var md = new StringBuilder(16 * 1024);
        md.Append("# ").Append(Inline(report.Title)).Append("\n\n");
        foreach (var paragraph in report.Preamble)
        {
            md.Append(Paragraph(paragraph.Text)).Append("\n\n");
        }

        foreach (var (section, table) in ReportLayout.Sections(report))
        {
            md.Append("## ").Append(Inline(ReportLayout.Heading(section))).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                md.Append(Paragraph(paragraph.Text)).Append("\n\n");
            }

            if (table is not null)
            {
                AppendTable(md, report, table);
            }
        }

        output.Write(Encoding.UTF8.GetBytes(md.ToString()));
    }

    private static void AppendTable(StringBuilder md, AnnualReport report, TableDefinition table)
    {
        var rowHeaders = TableLayout.For(report.Format, table).RowHeaderColumns > 0;
        foreach (var block in table.Blocks)
        {
            if (block.Heading is not null)
            {
                md.Append("**").Append(Inline(block.Heading)).Append("**\n\n");
            }

            var header = block.Columns.Select(c => Flat(c.Groups, c.Label));
            if (rowHeaders)
            {
                header = header.Prepend(block.RowHeaderLabel ?? string.Empty);
            }

            var cells = header.ToList();
            AppendRow(md, cells);
            AppendRow(md, [.. cells.Select((_, i) => rowHeaders && i == 0 ? "---" : ":---:")]);
            foreach (var row in block.Rows)
            {
                var values = block.Columns.Select(c => CellText.Of(report[new CellKey(table.Key, row.Key, c.Key)]));
                if (rowHeaders)
                {
                    values = values.Prepend(Flat(row.Groups, row.Label));
                }

                AppendRow(md, [.. values]);
            }

            md.Append('\n');
        }
    }

    private static string Flat(IReadOnlyList<string> groups, string label) =>
        groups.Count == 0 ? label : string.Join(GroupSeparator, groups.Append(label));

    private static void AppendRow(StringBuilder md, IReadOnlyList<string> cells)
    {
        md.Append('|');
        foreach (var cell in cells)
        {
            md.Append(' ').Append(Inline(cell)).Append(" |");
        }

        md.Append('\n');
    }

    /// <summary>A paragraph on one line; a leading list or heading marker is escaped.</summary>
    private static string Paragraph(string text)
    {
        var inline = Inline(text.Trim());
        if (inline.Length > 0 && "-+=".Contains(inline[0], StringComparison.Ordinal))
        {
            return "\\" + inline;
        }

        var digits = 0;
        while (digits < inline.Length && char.IsAsciiDigit(inline[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < inline.Length && (inline[digits] == '.' || inline[digits] == ')')
            ? string.Concat(inline.AsSpan(0, digits), "\\", inline.AsSpan(digits))
            : inline;
    }

    /// <summary>Escapes the characters Markdown would take as markup; line breaks become spaces.</summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n')
            {
                escaped.Append(' ');
                continue;
            }

            if ("\\`*_[]<>|#~".Contains(ch, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        return escaped.ToString();
    }
}
