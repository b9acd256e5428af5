using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Writing;

/// <summary>
/// Random but consistent annual reports for round trips: table 三 balances (new + carried over =
/// dispositions + carried forward), totals add up, amounts keep their decimals, some cells blank.
/// </summary>
public static class RandomReports
{
    private static readonly string[] Agencies =
    [
        "新郑市新建路街道办事处", "北京市海淀区人民政府", "江苏省生态环境厅", "成都市武侯区市场监督管理局",
        "广州市白云区太和镇人民政府", "国家税务总局某某市税务局", "青海省玉树藏族自治州人民政府办公室",
    ];

    private static readonly string[] Sentences =
    [
        "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。",
        "全年共主动公开政府信息{0}条，其中通过政府网站公开{1}条。",
        "全年受理依申请公开{0}件，均在法定期限内答复。",
        "持续加强政策解读，发布解读材料{0}篇，回应社会关切{1}次。",
        "政府信息公开工作仍存在公开内容不够全面、更新不够及时等问题。",
        "下一步，我们将进一步规范依申请公开办理流程，提升答复质量。",
        "本年度未收取信息处理费。",
        "组织开展政府信息公开培训{0}次，参训人员{1}人次。",
    ];

    /// <summary>A report of the given format; <paramref name="blanks"/> leaves about one cell in ten blank.</summary>
    public static AnnualReport Create(int seed, ReportFormat format, bool blanks = false)
    {
        var random = new Random(seed);
        var definition = ReportFormats.Get(format);
        var year = format == ReportFormat.Trial2019 ? random.Next(2019, 2021) : random.Next(2021, 2026);
        var cells = new Dictionary<CellKey, CellValue>();
        Proactive(random, definition, cells);
        Requests(random, definition, cells);
        Remedies(random, definition, cells);
        if (blanks)
        {
            foreach (var key in cells.Keys.ToList().Where(_ => random.Next(10) == 0))
            {
                cells[key] = CellValue.Blank();
            }
        }

        var sections = definition.Sections.Select(s => new ReportSection(
            s.Number,
            $"{s.Numeral}、",
            s.Title,
            s.TableKey is null ? Paragraphs(random, random.Next(1, 4)) : [])).ToList();
        var agency = Agencies[random.Next(Agencies.Length)];
        ReportParagraph[] preamble =
        [
            new($"本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制，由{agency}根据{year}年度政府信息公开工作情况汇总而成。"),
            new($"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        ];
        return new AnnualReport(agency, year, format, sections, cells, preamble);
    }

    private static List<ReportParagraph> Paragraphs(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new ReportParagraph(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            Sentences[random.Next(Sentences.Length)],
            random.Next(1, 500),
            random.Next(1, 100))))];

    private static void Proactive(Random random, ReportFormatDefinition definition, Dictionary<CellKey, CellValue> cells)
    {
        foreach (var cell in definition.Table(TableKeys.Proactive).Cells)
        {
            cells[cell.Key] = cell.Column.Kind switch
            {
                ValueKind.SignedCount => CellValue.Of(random.Next(-30, 31)),
                ValueKind.AmountTenThousandYuan => CellValue.Of(new decimal(random.Next(0, 1_000_000), 0, 0, false, (byte)random.Next(0, 5))),
                _ => CellValue.Of(random.Next(0, 3) == 0 ? 0 : random.Next(0, 400)),
            };
        }
    }

    private static void Requests(Random random, ReportFormatDefinition definition, Dictionary<CellKey, CellValue> cells)
    {
        var table = definition.Table(TableKeys.Requests);
        var block = table.Blocks[0];
        var applicants = block.Columns.Where(c => c.Key != "total").ToList();
        var rows = block.Rows;
        var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var column in applicants)
        {
            decimal outcomes = 0;
            foreach (var row in rows.Where(r => r.Role == RowRole.Disposition))
            {
                var value = random.Next(0, 4) == 0 ? random.Next(0, 25) : 0;
                outcomes += value;
                Set(row.Key, column.Key, value);
            }

            var forward = random.Next(0, 5);
            var over = random.Next(0, (int)outcomes + forward + 1);
            Set(rows.Single(r => r.Role == RowRole.DispositionTotal).Key, column.Key, outcomes);
            Set(rows.Single(r => r.Role == RowRole.CarriedForward).Key, column.Key, forward);
            Set(rows.Single(r => r.Role == RowRole.CarriedOver).Key, column.Key, over);
            Set(rows.Single(r => r.Role == RowRole.NewRequests).Key, column.Key, outcomes + forward - over);
        }

        foreach (var row in rows)
        {
            cells[new CellKey(table.Key, row.Key, "total")] = CellValue.Of(applicants.Sum(c => cells[new CellKey(table.Key, row.Key, c.Key)].OrZero));
        }

        void Set(string row, string column, decimal value) => cells[new CellKey(table.Key, row, column)] = CellValue.Of(value);
    }

    private static void Remedies(Random random, ReportFormatDefinition definition, Dictionary<CellKey, CellValue> cells)
    {
        var table = definition.Table(TableKeys.Remedies);
        var row = table.Blocks[0].Rows[0].Key;
        foreach (var prefix in new[] { "reconsideration", "litigation_direct", "litigation_after" })
        {
            decimal total = 0;
            foreach (var result in new[] { "upheld", "corrected", "other", "pending" })
            {
                var value = random.Next(0, 3) == 0 ? random.Next(0, 6) : 0;
                total += value;
                cells[new CellKey(table.Key, row, $"{prefix}_{result}")] = CellValue.Of(value);
            }

            cells[new CellKey(table.Key, row, $"{prefix}_total")] = CellValue.Of(total);
        }
    }
}
