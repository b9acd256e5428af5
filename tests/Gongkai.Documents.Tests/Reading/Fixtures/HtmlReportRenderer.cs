using System.Net;
using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading.Fixtures;

/// <summary>The knobs of a government-site HTML page.</summary>
public sealed record HtmlPage
{
    /// <summary>The charset the page declares (and is encoded in): "utf-8", "gbk", "gb2312".</summary>
    public string Charset { get; init; } = "utf-8";

    /// <summary>The whole article inside a page-layout table (tables within tables).</summary>
    public bool LayoutTable { get; init; } = true;

    /// <summary>&amp;nbsp; around values and in empty cells.</summary>
    public bool Nbsp { get; init; }

    /// <summary>Header text broken with &lt;br&gt; ("本年新&lt;br&gt;制作数量").</summary>
    public bool BreakHeaders { get; init; }

    /// <summary>Title in a &lt;p&gt;&lt;strong&gt; instead of an &lt;h1&gt;, split over two lines.</summary>
    public bool TitleAsParagraphs { get; init; }

    /// <summary>Data cells as &lt;td&gt;&lt;p&gt;&lt;span&gt;…, as pages pasted from Word are.</summary>
    public bool WordMarkup { get; init; }
}

/// <summary>
/// Renders an <see cref="AnnualReport"/> as government sites publish it: navigation, scripts, a page
/// layout table, one big table per section with the form's merged cells (rowspan/colspan), and
/// Word-pasted markup — with the knobs of <see cref="RenderLayout"/> and <see cref="HtmlPage"/>.
/// </summary>
public static class HtmlReportRenderer
{
    public static string Render(AnnualReport report, RenderLayout layout, HtmlPage page)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
            .Append(page.Charset).Append("\">\n<title>").Append(report.Title).Append("_政府信息公开年报</title>\n")
            .Append("<style>td{border:1px solid #000}</style><script>var nav = '<table><tr><td>一、总体情况</td></tr></table>';</script></head>\n<body>\n")
            .Append("<nav><ul><li>首页</li><li>政务公开</li><li>二、主动公开政府信息情况</li></ul></nav>\n")
            .Append("<div class=\"crumb\">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>\n");
        if (page.LayoutTable)
        {
            html.Append("<table width=\"100%\" class=\"layout\"><tr><td width=\"20%\">栏目导航</td><td>\n");
        }

        if (page.TitleAsParagraphs)
        {
            html.Append("<p align=\"center\"><strong>").Append(report.AgencyName).Append("</strong></p>\n<p align=\"center\"><strong>")
                .Append(report.Year).Append("年政府信息公开工作年度报告</strong></p>\n");
        }
        else
        {
            html.Append("<h1>").Append(report.Title).Append("</h1>\n");
        }

        foreach (var paragraph in report.Preamble)
        {
            html.Append("<p>&nbsp;&nbsp;").Append(WebUtility.HtmlEncode(paragraph.Text)).Append("</p>\n");
        }

        foreach (var section in report.Sections)
        {
            html.Append("<p><strong>").Append(layout.Markers[section.Number - 1]).Append(section.Title).Append("</strong></p>\n");
            var table = ReportFormats.Get(report.Format).Sections[section.Number - 1].TableKey;
            if (table is not null && table != layout.OmitTable)
            {
                new Writer(html, layout, page).Table(report, layout.FormatOf(report, table).Table(table));
            }

            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p style=\"text-indent:2em\">").Append(WebUtility.HtmlEncode(paragraph.Text)).Append("</p>\n");
            }
        }

        if (page.LayoutTable)
        {
            html.Append("</td></tr></table>\n");
        }

        html.Append("<div class=\"footer\">主办单位：某某市人民政府办公室 <script>document.write('访问量');</script></div>\n</body></html>\n");
        return html.ToString();
    }

    private sealed class Writer(StringBuilder html, RenderLayout layout, HtmlPage page)
    {
        private int _salt;

        public void Table(AnnualReport report, TableDefinition table)
        {
            html.Append("<table border=\"1\" cellspacing=\"0\" style=\"width:100%\"><tbody>\n");
            switch (table.Key)
            {
                case TableKeys.Proactive:
                    foreach (var block in table.Blocks)
                    {
                        var span = 4;
                        html.Append("<tr>").Append(Cell(block.Heading!, colSpan: span)).Append("</tr>\n<tr>").Append(Cell("信息内容"));
                        var columnSpan = (span - 1) / block.Columns.Count;
                        foreach (var column in block.Columns)
                        {
                            html.Append(Cell(Header(column.Label), colSpan: block.Columns.Count == 2 && column == block.Columns[^1] ? 2 : columnSpan));
                        }

                        html.Append("</tr>\n");
                        foreach (var row in block.Rows)
                        {
                            html.Append("<tr>").Append(Cell(layout.Label(row.Label)));
                            foreach (var column in block.Columns)
                            {
                                var value = Value(report, table, row, column);
                                html.Append(Cell(value, colSpan: block.Columns.Count == 2 && column == block.Columns[^1] ? 2 : columnSpan, data: true));
                            }

                            html.Append("</tr>\n");
                        }
                    }

                    break;
                case TableKeys.Requests:
                    Requests(report, table);
                    break;
                default:
                    var block4 = table.Blocks[0];
                    html.Append("<tr>").Append(Cell("行政复议", colSpan: 5)).Append(Cell("行政诉讼", colSpan: 10)).Append("</tr>\n<tr>");
                    foreach (var column in block4.Columns.Take(5))
                    {
                        html.Append(Cell(column.Label, rowSpan: 2));
                    }

                    html.Append(Cell("未经复议直接起诉", colSpan: 5)).Append(Cell("复议后起诉", colSpan: 5)).Append("</tr>\n<tr>");
                    foreach (var column in block4.Columns.Skip(5))
                    {
                        html.Append(Cell(column.Label));
                    }

                    html.Append("</tr>\n<tr>");
                    foreach (var column in block4.Columns)
                    {
                        html.Append(Cell(Value(report, table, block4.Rows[0], column), data: true));
                    }

                    html.Append("</tr>\n");
                    break;
            }

            html.Append("</tbody></table>\n");
        }

        private void Requests(AnnualReport report, TableDefinition table)
        {
            var block = table.Blocks[0];
            html.Append("<tr>").Append(Cell(block.RowHeaderLabel!, rowSpan: 3, colSpan: 3)).Append(Cell("申请人情况", colSpan: 7)).Append("</tr>\n<tr>")
                .Append(Cell("自然人", rowSpan: 2)).Append(Cell("法人或其他组织", colSpan: 5)).Append(Cell("总计", rowSpan: 2)).Append("</tr>\n<tr>");
            foreach (var label in new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" })
            {
                html.Append(Cell(label));
            }

            html.Append("</tr>\n");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in block.Rows)
            {
                html.Append("<tr>");
                var depth = row.Groups.Count;
                for (var g = 0; g < depth; g++)
                {
                    var group = row.Groups[g];
                    if (seen.Add(group))
                    {
                        var span = block.Rows.Count(r => r.Groups.Count > g && r.Groups[g] == group);
                        html.Append(Cell(layout.Label(group), rowSpan: span));
                    }
                }

                html.Append(Cell(layout.Label(row.Label), colSpan: 3 - depth));
                foreach (var column in block.Columns)
                {
                    html.Append(Cell(Value(report, table, row, column), data: true));
                }

                html.Append("</tr>\n");
            }
        }

        private string Header(string label)
        {
            var written = layout.Label(label);
            return page.BreakHeaders && written.Length > 5 ? $"{written[..3]}<br>{written[3..]}" : written;
        }

        private string Value(AnnualReport report, TableDefinition table, RowDefinition row, ColumnDefinition column)
        {
            var text = WebUtility.HtmlEncode(layout.Value(report[new CellKey(table.Key, row.Key, column.Key)], _salt++));
            if (page.Nbsp)
            {
                text = text.Length == 0 ? "&nbsp;" : (_salt % 2 == 0 ? "&nbsp;" + text : text + "&nbsp;");
            }

            return text;
        }

        private string Cell(string content, int rowSpan = 1, int colSpan = 1, bool data = false)
        {
            var attributes = (rowSpan > 1 ? $" rowspan=\"{rowSpan}\"" : string.Empty) + (colSpan > 1 ? $" colspan=\"{colSpan}\"" : string.Empty);
            var body = page.WordMarkup && data ? $"<p class=\"MsoNormal\" align=\"center\"><span style=\"font-family:仿宋_GB2312\">{content}</span></p>" : content;
            return $"<td{attributes} valign=\"middle\">{body}</td>";
        }
    }
}
