using Gongkai.Documents.Reading;
using static Gongkai.Documents.Tests.Reading.TestDocx;

namespace Gongkai.Documents.Tests.Reading;

public class DocxReportSourceTests
{
    private static string Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        var document = DocxReportSource.Read(stream);
        Assert.Equal("docx", document.Shape);
        return SourceDump.Of(document);
    }

    [Fact(DisplayName = "段落：拆成多个 run 的数字、书签、校对标记、域代码、制表符与软回车按 Word 显示读出")]
    public void Paragraphs_JoinRuns_DropMarksAndFieldInstructions()
    {
        var docx = Build(
            Para("一、总体情况"),
            Para(),
            Para("收取费用", BookmarkStart("_GoBack"), R("11"), Proofing(), R("86.1878"), BookmarkEnd(), "万元"),
            Para([R("第"), .. Field(" PAGE \\* MERGEFORMAT ", "3"), R("页")]),
            Para("名称", Tab(), "数量", SoftBreak(), "第二行"),
            Para("本年", Deleted("删去的"), ContentControlRun("108"), "条"),
            ContentControlBlock(Para("控件中的段落")));

        Assert.Equal(
            """
            P @L1 "一、总体情况"
            P @L3 "收取费用1186.1878万元"
            P @L4 "第3页"
            P @L5 "名称\t数量\n第二行"
            P @L6 "本年108条"
            P @L7 "控件中的段落"

            """,
            Read(docx));
    }

    [Fact(DisplayName = "表格：纵向合并的单元格只在首行出现并带行跨度，横向合并带列跨度，文字不重复")]
    public void Table_MergedCells_BecomeSpans()
    {
        var docx = Build(
            Para("三、收到和处理政府信息公开申请情况"),
            Table(
                Row(Restart(3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), Span(3, "申请人情况"), Restart(1, "总计")),
                Row(Continue(3), Restart(1, "自然人"), Span(2, "法人或其他组织"), Continue()),
                Row(Continue(3), Continue(), Cell("商业企业"), Cell("科研机构"), Continue()),
                Row(Span(3, "一、本年新收政府信息公开申请数量"), Cell("1"), Cell("0"), Cell(""), Cell("1"))),
            Para("四、行政复议"));

        Assert.Equal(
            """
            P @L1 "三、收到和处理政府信息公开申请情况"
            T @T1
             | "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" 3x3 @T1R1C1 | "申请人情况" 1x3 @T1R1C2 | "总计" 3x1 @T1R1C3 |
             | "自然人" 2x1 @T1R2C1 | "法人或其他组织" 1x2 @T1R2C2 |
             | "商业企业" @T1R3C1 | "科研机构" @T1R3C2 |
             | "一、本年新收政府信息公开申请数量" 1x3 @T1R4C1 | "1" @T1R4C2 | "0" @T1R4C3 | "" @T1R4C4 | "1" @T1R4C5 |
            P @L2 "四、行政复议"

            """,
            Read(docx));
    }

    [Fact(DisplayName = "表格：排版用外层表格中嵌套的报表表格单独读出，紧跟外层表格，外层单元格保留自己的文字")]
    public void Table_NestedInLayoutTable_IsReadAsItsOwnTable()
    {
        var inner = Table(
            Row(Cell("项目"), Cell("本年处理决定数量")),
            Row(Cell("行政许可"), Cell(Para(R("1"), R("2")))));
        var deeper = Table(Row(Cell("更深一层")));
        var docx = Build(
            Table(Row(Cell("二、主动公开政府信息情况", inner, Para(), "注：无"), Cell("右栏", deeper))),
            Table(Row(Cell("下一张表"))));

        Assert.Equal(
            """
            T @T1
             | "二、主动公开政府信息情况\n\n注：无" @T1R1C1 | "右栏" @T1R1C2 |
            T @T2
             | "项目" @T2R1C1 | "本年处理决定数量" @T2R1C2 |
             | "行政许可" @T2R2C1 | "12" @T2R2C2 |
            T @T3
             | "更深一层" @T3R1C1 |
            T @T4
             | "下一张表" @T4R1C1 |

            """,
            Read(docx));
    }

    [Fact(DisplayName = "单元格：RawText 保留原文，多段文字以换行连接，页眉页脚不读")]
    public void Cell_KeepsRawTextAndJoinsParagraphs()
    {
        var docx = Build(Table(Row(Cell(" 规章 ", "（件）"))));
        using var stream = new MemoryStream(docx);
        var document = DocxReportSource.Read(stream);

        var cell = Assert.Single(Assert.Single(Assert.IsType<SourceTable>(Assert.Single(document.Blocks)).Rows).Cells);
        Assert.Equal(" 规章 \n（件）", cell.Text);
        Assert.Equal(" 规章 \n（件）", cell.Location.RawText);
        Assert.Equal("表格1 第1行 第1格", cell.Location.ToString());
    }

    [Fact(DisplayName = "段落：Word 自动编号（一、（一）1.）按显示读出，下级编号在上级前进时重新开始")]
    public void AutomaticNumbers_AreRendered()
    {
        var docx = BuildNumbered(
            Heading("总体情况"),
            Para("正文"),
            Heading("主动公开政府信息情况"),
            Numbered(1, "规章"),
            Numbered(2, "属于国家秘密"),
            Numbered(2, "其他法律行政法规禁止公开"),
            Numbered(1, "规范性文件"),
            Numbered(2, "重新开始"),
            Heading("收到和处理政府信息公开申请情况"),
            Numbered(1, "重新开始"));

        Assert.Equal(
            """
            P @L1 "一、总体情况"
            P @L2 "正文"
            P @L3 "二、主动公开政府信息情况"
            P @L4 "（一）规章"
            P @L5 "1.属于国家秘密"
            P @L6 "2.其他法律行政法规禁止公开"
            P @L7 "（二）规范性文件"
            P @L8 "1.重新开始"
            P @L9 "三、收到和处理政府信息公开申请情况"
            P @L10 "（一）重新开始"

            """,
            Read(docx));
    }

    [Theory(DisplayName = "编号格式：中文计数、天干、圈码、全角、字母、罗马数字")]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCountingThousand", "二十")]
    [InlineData(36, "chineseCounting", "三十六")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(2, "decimalEnclosedCircle", "②")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(28, "upperLetter", "BB")]
    [InlineData(14, "lowerRoman", "xiv")]
    [InlineData(7, "decimal", "7")]
    public void NumberFormats(int n, string format, string expected) =>
        Assert.Equal(expected, Gongkai.Documents.Reading.Docx.DocxNumberFormat.Render(n, format));
}
