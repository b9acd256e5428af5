using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Writing;

public class DocxReportWriterTests
{
    [Theory(DisplayName = "DOCX 按 GB/T 9704 用 A4 纸、公文边距，标题方正小标宋简体，标题层级黑体，正文仿宋_GB2312")]
    [InlineData(ReportFormat.Trial2019)]
    [InlineData(ReportFormat.Revised2021)]
    public void Docx_HasOfficialPageAndFonts(ReportFormat format)
    {
        var report = RandomReports.Create(21, format);
        using var document = Open(report);
        var body = document.MainDocumentPart!.Document!.Body!;
        var page = body.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, page.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, page.GetFirstChild<PageSize>()!.Height!.Value);
        var margin = page.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1588u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));

        var paragraphs = body.Elements<Paragraph>().Where(p => p.InnerText.Length > 0).ToList();
        Assert.Equal(report.Title, paragraphs[0].InnerText);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal(("方正小标宋简体", "44"), FontOf(styles, paragraphs[0]));
        var heading = paragraphs.Single(p => p.InnerText == "三、收到和处理政府信息公开申请情况");
        Assert.Equal(("黑体", "32"), FontOf(styles, heading));
        Assert.Equal(("仿宋_GB2312", "32"), FontOf(styles, paragraphs.Single(p => p.InnerText == report.Preamble[0].Text)));
        var tables = body.Elements<Table>().ToList();
        Assert.All(tables[1].Descendants<Paragraph>(), p => Assert.Equal(("仿宋_GB2312", "24"), FontOf(styles, p)));
        Assert.All(tables[2].Descendants<Paragraph>(), p => Assert.Equal(("仿宋_GB2312", "21"), FontOf(styles, p)));
    }

    [Theory(DisplayName = "DOCX 表格与格式一致：三张带框线表格，合并表头（gridSpan/vMerge）与官方表样相同")]
    [InlineData(ReportFormat.Trial2019, 20)]
    [InlineData(ReportFormat.Revised2021, 22)]
    public void Docx_TablesHaveTheFormsMergedCells(ReportFormat format, int outcomeRows)
    {
        using var document = Open(RandomReports.Create(22, format));
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        Assert.All(tables, t => Assert.Equal(BorderValues.Single, t.GetFirstChild<TableProperties>()!.TableBorders!.InsideHorizontalBorder!.Val!.Value));

        var requests = tables[1];
        Assert.Equal(outcomeRows, VerticalRun(requests, "三、本年度办理结果"));
        Assert.Equal(8, VerticalRun(requests, "（三）不予公开"));
        Assert.Equal(3, VerticalRun(requests, "（四）无法提供"));
        Assert.Equal(5, VerticalRun(requests, "（五）不予处理"));
        Assert.Equal(3, VerticalRun(requests, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
        Assert.Equal(7, Span(requests, "申请人情况"));
        Assert.Equal(5, Span(requests, "法人或其他组织"));
        Assert.Equal(2, VerticalRun(requests, "自然人"));
        Assert.Equal(10, requests.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());

        var remedies = tables[2];
        Assert.Equal(5, Span(remedies, "行政复议"));
        Assert.Equal(10, Span(remedies, "行政诉讼"));
        Assert.Equal(5, Span(remedies, "未经复议直接起诉"));
        Assert.Equal(4, remedies.Elements<TableRow>().Count());

        var proactive = tables[0];
        var headings = proactive.Descendants<TableCell>().Where(c => c.InnerText.StartsWith("第二十条", StringComparison.Ordinal)).ToList();
        Assert.Equal(format == ReportFormat.Trial2019 ? 5 : 4, headings.Count);
        var gridColumns = proactive.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();
        Assert.All(headings, h => Assert.Equal(gridColumns, h.TableCellProperties!.GridSpan!.Val!.Value));
    }

    [Theory(DisplayName = "DOCX 每个数值在其行、列对应的单元格中并居中，空白格保持空白（不写 0）")]
    [InlineData(ReportFormat.Trial2019, 23)]
    [InlineData(ReportFormat.Revised2021, 24)]
    public void Docx_PutsEveryValueInItsCell(ReportFormat format, int seed)
    {
        var report = RandomReports.Create(seed, format, blanks: true);
        using var document = Open(report);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        for (var t = 0; t < report.Definition.Tables.Count; t++)
        {
            var definition = report.Definition.Tables[t];
            var rows = tables[t].Elements<TableRow>().ToList();
            foreach (var (block, row) in definition.Rows)
            {
                var tableRow = row.Label.Length == 0 ? rows[^1] : rows.Single(r => r.Elements<TableCell>().Any(c => c.InnerText == row.Label));
                var cells = tableRow.Elements<TableCell>().TakeLast(block.Columns.Count).ToList();
                for (var c = 0; c < block.Columns.Count; c++)
                {
                    var key = new CellKey(definition.Key, row.Key, block.Columns[c].Key);
                    Assert.True(CellText.Of(report[key]) == cells[c].InnerText, $"{key}: '{CellText.Of(report[key])}' vs '{cells[c].InnerText}'");
                    var style = StyleOf(styles, cells[c].Elements<Paragraph>().Single());
                    Assert.Equal(JustificationValues.Center, style.StyleParagraphProperties!.Justification!.Val!.Value);
                }
            }
        }

        Assert.Contains(report.Cells.Values, v => v.IsBlank);
    }

    private static WordprocessingDocument Open(AnnualReport report) =>
        WordprocessingDocument.Open(new MemoryStream(ReportWriter.ToBytes(report, ReportOutputFormat.Docx)), false);

    private static Style StyleOf(Styles styles, Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return styles.Elements<Style>().Single(s => s.StyleId?.Value == id);
    }

    /// <summary>The East Asian font and size (half-points) a paragraph's style gives it.</summary>
    private static (string?, string?) FontOf(Styles styles, Paragraph paragraph)
    {
        var run = StyleOf(styles, paragraph).StyleRunProperties!;
        return (run.RunFonts?.EastAsia?.Value, run.FontSize?.Val?.Value);
    }

    private static int Span(Table table, string text) =>
        table.Descendants<TableCell>().Single(c => c.InnerText == text).TableCellProperties!.GridSpan!.Val!.Value;

    /// <summary>Rows covered by the vertically merged cell that starts with <paramref name="text"/>.</summary>
    private static int VerticalRun(Table table, string text)
    {
        var rows = table.Elements<TableRow>().ToList();
        var start = rows.FindIndex(r => r.Elements<TableCell>().Any(c => c.InnerText == text));
        var cell = rows[start].Elements<TableCell>().First(c => c.InnerText == text);
        Assert.Equal(MergedCellValues.Restart, cell.TableCellProperties!.VerticalMerge!.Val!.Value);
        var column = GridColumn(rows[start], cell);
        var run = 1;
        while (start + run < rows.Count && CellAt(rows[start + run], column)?.TableCellProperties?.VerticalMerge is { } merge
            && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
        {
            run++;
        }

        return run;
    }

    private static int GridColumn(TableRow row, TableCell cell)
    {
        var column = 0;
        foreach (var c in row.Elements<TableCell>())
        {
            if (c == cell)
            {
                return column;
            }

            column += c.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
        }

        throw new InvalidOperationException("cell not in row");
    }

    private static TableCell? CellAt(TableRow row, int column)
    {
        var at = 0;
        foreach (var c in row.Elements<TableCell>())
        {
            if (at == column)
            {
                return c;
            }

            at += c.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
        }

        return null;
    }
}
