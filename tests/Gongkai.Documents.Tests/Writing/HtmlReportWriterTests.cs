using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Writing;

public class HtmlReportWriterTests
{
    [Theory(DisplayName = "HTML 为独立的 zh-CN 页面，三张表各有标题（caption）与带 scope 的表头")]
    [InlineData(ReportFormat.Trial2019)]
    [InlineData(ReportFormat.Revised2021)]
    public void Html_IsStandaloneWithCaptionsAndScopes(ReportFormat format)
    {
        var report = RandomReports.Create(31, format);
        var document = Parse(report);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.NotNull(document.QuerySelector("head style"));
        Assert.Empty(document.QuerySelectorAll("link, script, img"));
        Assert.Equal(report.Title, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(report.Title, document.Title);
        var tables = document.QuerySelectorAll("table");
        Assert.Equal(3, tables.Length);
        Assert.Equal("三、收到和处理政府信息公开申请情况", tables[1].QuerySelector("caption")!.TextContent);
        Assert.All(tables, t => Assert.NotNull(t.QuerySelector("thead th[scope=col]")));
        Assert.All(document.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "colgroup", "row", "rowgroup" }));
        Assert.Equal("7", Header(tables[1], "申请人情况").GetAttribute("colspan"));
        Assert.Equal(format == ReportFormat.Trial2019 ? "20" : "22", Header(tables[1], "三、本年度办理结果").GetAttribute("rowspan"));
        Assert.Equal("8", Header(tables[1], "（三）不予公开").GetAttribute("rowspan"));
        Assert.Equal("10", Header(tables[2], "行政诉讼").GetAttribute("colspan"));
        Assert.Equal(report.Sections.Select(ReportLayout.Heading), document.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Theory(DisplayName = "HTML 每个数据格的 headers 指向其行表头与列表头（含合并表头），数值与报告一致")]
    [InlineData(ReportFormat.Trial2019, 32)]
    [InlineData(ReportFormat.Revised2021, 33)]
    public void Html_DataCellsNameTheirHeaders(ReportFormat format, int seed)
    {
        var report = RandomReports.Create(seed, format, blanks: true);
        var document = Parse(report);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var tables = document.QuerySelectorAll("table");
        for (var t = 0; t < report.Definition.Tables.Count; t++)
        {
            var definition = report.Definition.Tables[t];
            var rows = tables[t].QuerySelectorAll("tr").ToList();
            foreach (var (block, row) in definition.Rows)
            {
                var tr = row.Label.Length == 0 ? rows[^1] : rows.Single(r => r.QuerySelectorAll("th[scope=row]").Any(th => th.TextContent == row.Label));
                var cells = tr.QuerySelectorAll("td").ToList();
                Assert.Equal(block.Columns.Count, cells.Count);
                for (var c = 0; c < cells.Count; c++)
                {
                    var column = block.Columns[c];
                    var key = new CellKey(definition.Key, row.Key, column.Key);
                    Assert.Equal(CellText.Of(report[key]), cells[c].TextContent);
                    var headers = cells[c].GetAttribute("headers")!.Split(' ').Select(id => document.GetElementById(id)).ToList();
                    Assert.All(headers, h => Assert.Equal("TH", h?.TagName));
                    var texts = headers.Select(h => h!.TextContent).ToList();
                    Assert.Contains(column.Label, texts);
                    Assert.All(column.Groups, g => Assert.Contains(g, texts));
                    Assert.All(row.Groups, g => Assert.Contains(g, texts));
                    if (row.Label.Length > 0)
                    {
                        Assert.Contains(row.Label, texts);
                    }

                    if (block.Heading is not null)
                    {
                        Assert.Contains(block.Heading, texts);
                    }
                }
            }
        }
    }

    [Fact(DisplayName = "HTML 对机关名称和正文中的标记一律转义，不会注入脚本")]
    public void Html_EscapesHostileText()
    {
        var seed = RandomReports.Create(34, ReportFormat.Revised2021);
        const string Agency = "<script>alert('x')</script>某局&\"";
        const string Text = "正文<img src=x onerror=alert(1)> & <b>粗体</b>";
        var sections = seed.Sections.Select(s => s.Number == 1 ? s with { Paragraphs = [new ReportParagraph(Text)] } : s).ToList();
        var report = new AnnualReport(Agency, seed.Year, seed.Format, sections, seed.Cells, [new ReportParagraph(Text)]);
        var document = Parse(report);
        Assert.Empty(document.QuerySelectorAll("script, img, b"));
        Assert.Equal(report.Title, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Text, document.QuerySelector("section p")!.TextContent);
    }

    private static IDocument Parse(AnnualReport report)
    {
        var html = System.Text.Encoding.UTF8.GetString(ReportWriter.ToBytes(report, ReportOutputFormat.Html));
        return new HtmlParser().ParseDocument(html);
    }

    private static IElement Header(IElement table, string text) =>
        table.QuerySelectorAll("th").Single(th => th.TextContent == text);
}
