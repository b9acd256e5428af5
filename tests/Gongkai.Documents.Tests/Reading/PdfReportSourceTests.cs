using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Tests.Reading;

public class PdfReportSourceTests
{
    private static string Read(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        var document = PdfReportSource.Read(stream);
        Assert.Equal("pdf", document.Shape);
        return SourceDump.Of(document);
    }

    [Fact(DisplayName = "PDF 文字层：每行文字成为一个段落，带页码和行号")]
    public void TextLines_BecomeParagraphs()
    {
        using var pdf = new TestPdf()
            .Text("新郑市新建路街道办事处", 72, 780, 16)
            .Text("2020年政府信息公开工作年度报告", 72, 756, 16)
            .Text("一、总体情况", 72, 720)
            .NewPage()
            .Text("收取费用 1186.1878 万元", 72, 780);

        Assert.Equal(
            """
            P @p1L1 "新郑市新建路街道办事处"
            P @p1L2 "2020年政府信息公开工作年度报告"
            P @p1L3 "一、总体情况"
            P @p2L1 "收取费用 1186.1878 万元"

            """,
            Read(pdf.Build()));
    }

    [Fact(DisplayName = "PDF 有边框表格：按框线分格，合并单元格带行列跨度，折行文字连起来")]
    public void RuledTable_MergedCellsBecomeSpans()
    {
        using var pdf = new TestPdf()
            .Text("三、收到和处理政府信息公开申请情况", 72, 780)
            .Table(
                72, 760, [170, 60, 60, 60, 50], 30,
                [new("（本列数据的勾稽关系为：第一项\n加第二项之和）", 1, 3), new("申请人情况", 3), new("总计", 1, 3)],
                [new("自然人", 1, 2), new("法人或其他组织", 2)],
                ["商业企业", "科研机构"],
                ["一、本年新收政府信息公开申请数量", "1", "0", "", "1"])
            .Text("四、行政复议、行政诉讼情况", 72, 620);

        Assert.Equal(
            """
            P @p1L1 "三、收到和处理政府信息公开申请情况"
            T @p1T1
             | "（本列数据的勾稽关系为：第一项加第二项之和）" 3x1 @p1T1R1C1 | "申请人情况" 1x3 @p1T1R1C2 | "总计" 3x1 @p1T1R1C3 |
             | "自然人" 2x1 @p1T1R2C1 | "法人或其他组织" 1x2 @p1T1R2C2 |
             | "商业企业" @p1T1R3C1 | "科研机构" @p1T1R3C2 |
             | "一、本年新收政府信息公开申请数量" @p1T1R4C1 | "1" @p1T1R4C2 | "0" @p1T1R4C3 | "" @p1T1R4C4 | "1" @p1T1R4C5 |
            P @p1L2 "四、行政复议、行政诉讼情况"

            """,
            Read(pdf.Build()));
    }

    [Fact(DisplayName = "PDF 无边框表格：按对齐的列识别表格，缺的格留空")]
    public void AlignedColumns_WithoutBorders_BecomeATable()
    {
        using var pdf = new TestPdf()
            .Text("二、主动公开政府信息情况", 72, 780)
            .Text("信息内容", 72, 760).Text("本年制发件数", 200, 760).Text("本年废止件数", 300, 760).Text("现行有效件数", 400, 760)
            .Text("规章", 72, 745).Text("0", 230, 745).Text("0", 330, 745).Text("0", 430, 745)
            .Text("规范性文件", 72, 730).Text("2", 230, 730).Text("1", 430, 730)
            .Text("注：以上为本机关数据。", 72, 690);

        Assert.Equal(
            """
            P @p1L1 "二、主动公开政府信息情况"
            T @p1L2T1
             | "信息内容" @p1T1R1C1 | "本年制发件数" @p1T1R1C2 | "本年废止件数" @p1T1R1C3 | "现行有效件数" @p1T1R1C4 |
             | "规章" @p1T1R2C1 | "0" @p1T1R2C2 | "0" @p1T1R2C3 | "0" @p1T1R2C4 |
             | "规范性文件" @p1T1R3C1 | "2" @p1T1R3C2 | "" @p1T1R3C3 | "1" @p1T1R3C4 |
            P @p1L5 "注：以上为本机关数据。"

            """,
            Read(pdf.Build()));
    }

    [Fact(DisplayName = "PDF 跨页表格：下一页顶部接续的表格并为一张，页码行不读")]
    public void TableContinuedOnNextPage_IsOneTable()
    {
        using var pdf = new TestPdf()
            .Text("二、主动公开政府信息情况", 72, 780)
            .Table(72, 760, [200, 80], 24, ["信息内容", "本年处理决定数量"], ["行政许可", "3"])
            .Text("- 1 -", 280, 40)
            .NewPage()
            .Text("第 2 页", 280, 800)
            .Table(72, 780, [200, 80], 24, ["行政处罚", "12"])
            .Table(72, 700, [100, 80, 80], 24, ["表二", "a", "b"])
            .Text("三、收到和处理政府信息公开申请情况", 72, 600);

        Assert.Equal(
            """
            P @p1L1 "二、主动公开政府信息情况"
            T @p1T1
             | "信息内容" @p1T1R1C1 | "本年处理决定数量" @p1T1R1C2 |
             | "行政许可" @p1T1R2C1 | "3" @p1T1R2C2 |
             | "行政处罚" @p2T1R3C1 | "12" @p2T1R3C2 |
            T @p2T2
             | "表二" @p2T2R1C1 | "a" @p2T2R1C2 | "b" @p2T2R1C3 |
            P @p2L2 "三、收到和处理政府信息公开申请情况"

            """,
            Read(pdf.Build()));
    }

    [Fact(DisplayName = "PDF 正文：排到右边界的行与下一行连成一段，首行缩进开始新段，短页不误连")]
    public void WrappedLines_JoinIntoParagraphs()
    {
        using var pdf = new TestPdf()
            .Text("一、总体情况", 93, 780)
            .Text("本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，坚持", 93, 760)
            .Text("以公开为常态、不公开为例外。", 72, 744)
            .Text("全年共主动公开政府信息108条。", 93, 728)
            .NewPage()
            .Text("五、存在的主要问题及改进情况", 93, 780)
            .Text("下一步，我们将进一步规范依申请公开办理流程。", 93, 760)
            .Text("本年度未收取信息处理费。", 93, 744);

        Assert.Equal(
            """
            P @p1L1 "一、总体情况"
            P @p1L2 "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。"
            P @p1L4 "全年共主动公开政府信息108条。"
            P @p2L1 "五、存在的主要问题及改进情况"
            P @p2L2 "下一步，我们将进一步规范依申请公开办理流程。"
            P @p2L3 "本年度未收取信息处理费。"

            """,
            Read(pdf.Build()));
    }
}
