using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// Writes a report as one standalone, print-friendly HTML page (UTF-8, zh-CN) whose tables are
/// accessible: a caption, header cells with scope, merged headers as rowspan/colspan, and every value
/// cell naming its row and column headers through <c>headers</c>. The caption repeats the section
/// heading printed just above the table, so it is hidden on screen and paper and said by screen readers.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Css = """
        body { font-family: "仿宋_GB2312", FangSong, STFangsong, serif; font-size: 16pt; line-height: 1.75; margin: 2em auto; max-width: 52em; color: #000; background: #fff; }
        h1 { font-family: "方正小标宋简体", "华文中宋", SimHei, serif; font-size: 22pt; font-weight: normal; text-align: center; }
        h2 { font-family: "黑体", SimHei, sans-serif; font-size: 16pt; font-weight: normal; }
        p { text-indent: 2em; margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 12pt; line-height: 1.4; }
        caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        th, td { border: 1px solid #000; padding: 0.2em 0.3em; text-align: center; vertical-align: middle; font-weight: normal; }
        th[scope="row"] { text-align: left; }
        @media print { body { margin: 0; max-width: none; } @page { size: A4; margin: 37mm 26mm 35mm 28mm; } table { page-break-inside: auto; } tr { page-break-inside: avoid; } }
        """;

    public static void Write(AnnualReport report, Stream output)
    {
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(report.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(Encode(report.Title)).Append("</h1>\n");
        foreach (var paragraph in report.Preamble)
        {
            html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
        }

        var index = 0;
        foreach (var (section, table) in ReportLayout.Sections(report))
        {
            index++;
            var headingId = $"section-{index}";
            html.Append("<section aria-labelledby=\"").Append(headingId).Append("\">\n<h2 id=\"").Append(headingId).Append("\">")
                .Append(Encode(ReportLayout.Heading(section))).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
            }

            if (table is not null)
            {
                AppendTable(html, report, table, ReportLayout.Heading(section));
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        var bytes = Encoding.UTF8.GetBytes(html.ToString());
        output.Write(bytes);
    }

    private static void AppendTable(StringBuilder html, AnnualReport report, TableDefinition definition, string caption)
    {
        var layout = TableLayout.For(report.Format, definition);
        html.Append("<table id=\"table-").Append(definition.Key).Append("\">\n<caption>").Append(Encode(caption)).Append("</caption>\n");
        string? open = null;
        var openBlock = -1;
        var inHead = true;
        foreach (var row in layout.Rows)
        {
            inHead = inHead && row.IsHeader && row.Block == 0;
            var group = inHead ? "thead" : "tbody";
            if (group != open || row.Block != openBlock)
            {
                if (open is not null)
                {
                    html.Append("</").Append(open).Append(">\n");
                }

                html.Append('<').Append(group).Append(">\n");
                open = group;
                openBlock = row.Block;
            }

            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                AppendCell(html, report, definition, cell);
            }

            html.Append("</tr>\n");
        }

        html.Append("</").Append(open).Append(">\n</table>\n");
    }

    private static void AppendCell(StringBuilder html, AnnualReport report, TableDefinition definition, LayoutCell cell)
    {
        if (cell.Role == LayoutRole.Data)
        {
            html.Append("<td headers=\"").Append(string.Join(' ', cell.Headers)).Append('"').Append(Spans(cell)).Append('>')
                .Append(Encode(CellText.Of(report[TableLayout.KeyOf(definition, cell)]))).Append("</td>");
            return;
        }

        var scope = cell.Role switch
        {
            LayoutRole.BlockHeading or LayoutRole.ColumnGroup => "colgroup",
            LayoutRole.Corner or LayoutRole.ColumnHeader => "col",
            LayoutRole.RowGroup => "rowgroup",
            _ => "row",
        };
        html.Append("<th id=\"").Append(cell.Id).Append("\" scope=\"").Append(scope).Append('"');
        if (cell.Headers.Count > 0)
        {
            html.Append(" headers=\"").Append(string.Join(' ', cell.Headers)).Append('"');
        }

        html.Append(Spans(cell)).Append('>').Append(Encode(cell.Text)).Append("</th>");
    }

    private static string Spans(LayoutCell cell) =>
        (cell.ColSpan > 1 ? $" colspan=\"{cell.ColSpan}\"" : string.Empty) + (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : string.Empty);

    /// <summary>Escapes text for element content and attribute values.</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            encoded.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return encoded.ToString();
    }
}
