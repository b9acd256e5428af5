namespace Gongkai.Domain.Reports.Formats;

/// <summary>The parts both formats share: the six sections, table 三's rows and columns, table 四.</summary>
/// <remarks>Labels are verbatim from 国办公开办函〔2019〕60号 and 〔2021〕30号 (law-and-formats §3.2–3.5).</remarks>
internal static class FormatParts
{
    public const string Outcomes = "三、本年度办理结果";

    public static IReadOnlyList<SectionDefinition> Sections { get; } =
    [
        new(1, "一", "总体情况", null),
        new(2, "二", "主动公开政府信息情况", TableKeys.Proactive),
        new(3, "三", "收到和处理政府信息公开申请情况", TableKeys.Requests),
        new(4, "四", "政府信息公开行政复议、行政诉讼情况", TableKeys.Remedies),
        new(5, "五", "存在的主要问题及改进情况", null),
        new(6, "六", "其他需要报告的事项", null),
    ];

    public static ColumnDefinition Column(string key, string label, ValueKind kind = ValueKind.Count, params string[] groups) =>
        new(key, label, groups, kind);

    public static RowDefinition Row(string key, string label, RowRole role = RowRole.Figures, string[]? groups = null, params string[] alternatives) =>
        new(key, label, groups ?? [], role, alternatives);

    public static TableDefinition RequestsTable(IEnumerable<RowDefinition> otherHandlingRows)
    {
        const string Applicants = "申请人情况";
        const string Organisations = "法人或其他组织";
        ColumnDefinition[] columns =
        [
            Column("natural_person", "自然人", ValueKind.Count, Applicants),
            Column("business", "商业企业", ValueKind.Count, Applicants, Organisations),
            Column("research_institution", "科研机构", ValueKind.Count, Applicants, Organisations),
            Column("public_welfare_org", "社会公益组织", ValueKind.Count, Applicants, Organisations),
            Column("legal_service_org", "法律服务机构", ValueKind.Count, Applicants, Organisations),
            Column("other_org", "其他", ValueKind.Count, Applicants, Organisations),
            Column("total", "总计", ValueKind.Count, Applicants),
        ];

        string[] withheld = [Outcomes, "（三）不予公开"];
        string[] unable = [Outcomes, "（四）无法提供"];
        string[] notProcessed = [Outcomes, "（五）不予处理"];
        var rows = new List<RowDefinition>
        {
            Row("new_received", "一、本年新收政府信息公开申请数量", RowRole.NewRequests),
            Row("carried_over", "二、上年结转政府信息公开申请数量", RowRole.CarriedOver),
            Row("disclosed", "（一）予以公开", RowRole.Disposition, [Outcomes]),
            Row("partly_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RowRole.Disposition, [Outcomes], "（二）部分公开"),
            Row("withheld_state_secret", "1.属于国家秘密", RowRole.Disposition, withheld),
            Row("withheld_prohibited_by_law", "2.其他法律行政法规禁止公开", RowRole.Disposition, withheld),
            Row("withheld_three_securities", "3.危及“三安全一稳定”", RowRole.Disposition, withheld, "3.危及\"三安全一稳定\"", "3.危及三安全一稳定"),
            Row("withheld_third_party", "4.保护第三方合法权益", RowRole.Disposition, withheld),
            Row("withheld_internal_affairs", "5.属于三类内部事务信息", RowRole.Disposition, withheld),
            Row("withheld_process_info", "6.属于四类过程性信息", RowRole.Disposition, withheld),
            Row("withheld_enforcement_files", "7.属于行政执法案卷", RowRole.Disposition, withheld),
            Row("withheld_inquiry_matters", "8.属于行政查询事项", RowRole.Disposition, withheld),
            Row("unable_not_held", "1.本机关不掌握相关政府信息", RowRole.Disposition, unable),
            Row("unable_needs_compilation", "2.没有现成信息需要另行制作", RowRole.Disposition, unable),
            Row("unable_still_unclear", "3.补正后申请内容仍不明确", RowRole.Disposition, unable),
            Row("not_processed_petition", "1.信访举报投诉类申请", RowRole.Disposition, notProcessed),
            Row("not_processed_repeat", "2.重复申请", RowRole.Disposition, notProcessed),
            Row("not_processed_publication", "3.要求提供公开出版物", RowRole.Disposition, notProcessed),
            Row("not_processed_mass_requests", "4.无正当理由大量反复申请", RowRole.Disposition, notProcessed),
            Row("not_processed_confirmation", "5.要求行政机关确认或重新出具已获取信息", RowRole.Disposition, notProcessed),
        };
        rows.AddRange(otherHandlingRows);
        rows.Add(Row("outcome_total", "（七）总计", RowRole.DispositionTotal, [Outcomes]));
        rows.Add(Row("carried_forward", "四、结转下年度继续办理", RowRole.CarriedForward));

        var block = new BlockDefinition(
            "requests",
            null,
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            columns,
            rows);
        return new TableDefinition(TableKeys.Requests, 3, [block]);
    }

    public static TableDefinition RemediesTable()
    {
        const string Reconsideration = "行政复议";
        const string Litigation = "行政诉讼";
        const string Direct = "未经复议直接起诉";
        const string After = "复议后起诉";
        var columns = new List<ColumnDefinition>();
        columns.AddRange(Results("reconsideration", Reconsideration));
        columns.AddRange(Results("litigation_direct", Litigation, Direct));
        columns.AddRange(Results("litigation_after", Litigation, After));
        var block = new BlockDefinition("remedies", null, null, columns, [Row("cases", "")]);
        return new TableDefinition(TableKeys.Remedies, 4, [block]);

        static IEnumerable<ColumnDefinition> Results(string prefix, params string[] groups) =>
        [
            Column($"{prefix}_upheld", "结果维持", ValueKind.Count, groups),
            Column($"{prefix}_corrected", "结果纠正", ValueKind.Count, groups),
            Column($"{prefix}_other", "其他结果", ValueKind.Count, groups),
            Column($"{prefix}_pending", "尚未审结", ValueKind.Count, groups),
            Column($"{prefix}_total", "总计", ValueKind.Count, groups),
        ];
    }
}
