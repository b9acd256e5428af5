using static Gongkai.Domain.Reports.Formats.FormatParts;

namespace Gongkai.Domain.Reports.Formats;

/// <summary>《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号.</summary>
internal static class Trial2019Format
{
    private const string Content = "信息内容";

    public static ReportFormatDefinition Build()
    {
        ColumnDefinition[] projectColumns =
        [
            Column("previous_year", "上一年项目数量"),
            Column("change", "本年增/减", ValueKind.SignedCount),
            Column("decisions", "处理决定数量"),
        ];
        BlockDefinition[] proactive =
        [
            new("art20_1", "第二十条第（一）项", Content,
                [Column("new_made", "本年新制作数量"), Column("new_published", "本年新公开数量"), Column("total_published", "对外公开总数量")],
                [Row("rules", "规章"), Row("normative_documents", "规范性文件", RowRole.Figures, null, "行政规范性文件")]),
            new("art20_5", "第二十条第（五）项", Content, projectColumns,
                [Row("licences", "行政许可"), Row("other_services", "其他对外管理服务事项")]),
            new("art20_6", "第二十条第（六）项", Content, projectColumns,
                [Row("penalties", "行政处罚"), Row("coercion", "行政强制")]),
            new("art20_8", "第二十条第（八）项", Content, projectColumns[..2],
                [Row("fees", "行政事业性收费")]),
            new("art20_9", "第二十条第（九）项", Content,
                [Column("projects", "采购项目数量"), Column("amount", "采购总金额", ValueKind.AmountTenThousandYuan)],
                [Row("procurement", "政府集中采购")]),
        ];

        return new ReportFormatDefinition(
            ReportFormat.Trial2019,
            "中华人民共和国政府信息公开工作年度报告格式（试行）",
            "国办公开办函〔2019〕60号",
            Sections,
            [
                new TableDefinition(TableKeys.Proactive, 2, proactive),
                RequestsTable([Row("other", "（六）其他处理", RowRole.Disposition, [Outcomes])]),
                RemediesTable(),
            ]);
    }
}
