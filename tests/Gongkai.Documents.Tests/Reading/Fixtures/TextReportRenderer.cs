using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading.Fixtures;

/// <summary>
/// Renders an <see cref="AnnualReport"/> as plain text extracted from Word, in the seed's shape: one
/// cell per tab-indented line, rows separated by blank lines, merged cells as empty tab lines, header
/// text split over lines — with the knobs of <see cref="RenderLayout"/>.
/// </summary>
public static class TextReportRenderer
{
    public static string Render(AnnualReport report, RenderLayout layout)
    {
        var text = new StringBuilder();
        if (layout.TitleOnOneLine)
        {
            text.Append(report.Title).Append('\n');
        }
        else
        {
            text.Append(report.AgencyName).Append('\n').Append(report.Year).Append("年政府信息公开工作年度报告\n");
        }

        text.Append('\n');
        foreach (var paragraph in report.Preamble)
        {
            text.Append(paragraph.Text).Append('\n');
        }

        foreach (var section in report.Sections)
        {
            text.Append(layout.Markers[section.Number - 1]).Append(section.Title).Append('\n');
            var table = ReportFormats.Get(report.Format).Sections[section.Number - 1].TableKey;
            if (table is not null && table != layout.OmitTable)
            {
                new Writer(text, layout).Table(report, layout.FormatOf(report, table).Table(table));
                text.Append("\n\n");
            }

            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(paragraph.Text).Append('\n');
            }
        }

        return text.ToString();
    }

    private sealed class Writer(StringBuilder text, RenderLayout layout)
    {
        private int _salt;

        public void Table(AnnualReport report, TableDefinition table)
        {
            switch (table.Key)
            {
                case TableKeys.Proactive:
                    foreach (var block in table.Blocks)
                    {
                        Row(block.Heading!);
                        Row([layout.Label("信息内容"), .. block.Columns.Select(c => Header(c.Label))]);
                        foreach (var row in block.Rows)
                        {
                            Row([layout.Label(row.Label), .. Values(report, table, row, block)]);
                        }
                    }

                    break;
                case TableKeys.Requests:
                    var block3 = table.Blocks[0];
                    Row(block3.RowHeaderLabel!, "申请人情况");
                    Row(string.Empty, "自然人", "法人或其他组织", "总计");
                    Row(string.Empty, string.Empty, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", string.Empty);
                    var seenGroups = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var row in block3.Rows)
                    {
                        var cells = new List<string>();
                        foreach (var group in row.Groups)
                        {
                            cells.Add(seenGroups.Add(group) ? layout.Label(group) : string.Empty);
                        }

                        cells.Add(layout.Label(row.Label));
                        Row([.. cells, .. Values(report, table, row, block3)]);
                    }

                    break;
                default:
                    var block4 = table.Blocks[0];
                    Row("行政复议", "行政诉讼");
                    Row("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉");
                    Row([.. Enumerable.Repeat(string.Empty, 5), .. block4.Columns.Skip(5).Select(c => c.Label)]);
                    Row([.. Values(report, table, block4.Rows[0], block4)]);
                    break;
            }
        }

        private string Header(string label)
        {
            var written = layout.Label(label);
            return layout.SplitHeaders && layout.Rows == RowStyle.CellPerLine && written.Length > 5 ? $"{written[..3]}\n{written[3..]}" : written;
        }

        private IEnumerable<string> Values(AnnualReport report, TableDefinition table, RowDefinition row, BlockDefinition block) =>
            block.Columns.Select(c => layout.Value(report[new CellKey(table.Key, row.Key, c.Key)], _salt++));

        private void Row(params string[] cells)
        {
            switch (layout.Rows)
            {
                case RowStyle.CellPerLine:
                    foreach (var cell in cells)
                    {
                        var bookmark = layout.Bookmarks && _salt % 11 == 5 ? "[bookmark: _GoBack]" : string.Empty;
                        text.Append('\t').Append(bookmark).Append(cell).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case RowStyle.TabsOnOneLine:
                    text.Append('\t').Append(string.Join('\t', cells)).Append("\n\n");
                    break;
                default:
                    text.Append(string.Join("    ", cells.Where(c => c.Length > 0))).Append('\n');
                    break;
            }
        }
    }
}
