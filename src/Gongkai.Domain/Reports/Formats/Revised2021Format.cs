using static Gongkai.Domain.Reports.Formats.FormatParts;

namespace Gongkai.Domain.Reports.Formats;

/// <summary>《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号.</summary>
internal static class Revised2021Format
{
    private const string Content = "信息内容";

    public static ReportFormatDefinition Build()
    {
        ColumnDefinition[] decisions = [Column("decisions", "本年处理决定数量")];
        BlockDefinition[] proactive =
        [
            new("art20_1", "第二十条第（一）项", Content,
                [Column("issued", "本年制发件数"), Column("repealed", "本年废止件数"), Column("in_force", "现行有效件数")],
                [Row("rules", "规章"), Row("normative_documents", "行政规范性文件", RowRole.Figures, null, "规范性文件")]),
            new("art20_5", "第二十条第（五）项", Content, decisions, [Row("licences", "行政许可")]),
            new("art20_6", "第二十条第（六）项", Content, decisions,
                [Row("penalties", "行政处罚"), Row("coercion", "行政强制")]),
            new("art20_8", "第二十条第（八）项", Content,
                [Column("amount", "本年收费金额（单位：万元）", ValueKind.AmountTenThousandYuan)],
                [Row("fees", "行政事业性收费")]),
        ];

        // 109号 (2020) made fee non-payment a way a request ends, hence the split of （六）.
        string[] other = [Outcomes, "（六）其他处理"];
        RowDefinition[] otherHandling =
        [
            Row("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", RowRole.Disposition, other,
                "1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请"),
            Row("other_fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", RowRole.Disposition, other,
                "2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请"),
            Row("other_misc", "3.其他", RowRole.Disposition, other),
        ];

        return new ReportFormatDefinition(
            ReportFormat.Revised2021,
            "中华人民共和国政府信息公开工作年度报告格式",
            "国办公开办函〔2021〕30号",
            Sections,
            [
                new TableDefinition(TableKeys.Proactive, 2, proactive),
                RequestsTable(otherHandling),
                RemediesTable(),
            ]);
    }
}
