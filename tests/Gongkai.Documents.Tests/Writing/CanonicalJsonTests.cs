using System.Text;
using System.Text.Json;
using Gongkai.Documents.Json;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;
using Json.Schema;

namespace Gongkai.Documents.Tests.Writing;

public class CanonicalJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(PublishedSchema));

    private static string PublishedSchema =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "annual-report.schema.json"));

    [Theory(DisplayName = "条例第五十条：规范 JSON 写出后按同一格式读回，每个单元格、每部分及编号一致")]
    [InlineData(ReportFormat.Trial2019, 1, false)]
    [InlineData(ReportFormat.Trial2019, 2, true)]
    [InlineData(ReportFormat.Revised2021, 3, false)]
    [InlineData(ReportFormat.Revised2021, 4, true)]
    public void Json_RoundTrips(ReportFormat format, int seed, bool blanks)
    {
        var report = RandomReports.Create(seed, format, blanks);
        var bytes = ReportWriter.ToBytes(report, ReportOutputFormat.Json);
        ReportAssert.Same(report, CanonicalJsonReport.Read(new MemoryStream(bytes)));
    }

    [Theory(DisplayName = "写出的 JSON 通过已发布的 JSON Schema 校验")]
    [InlineData(ReportFormat.Trial2019, 11)]
    [InlineData(ReportFormat.Revised2021, 12)]
    public void Json_ValidatesAgainstPublishedSchema(ReportFormat format, int seed)
    {
        var schema = Schema.Value;
        var report = RandomReports.Create(seed, format, blanks: true);
        using var json = JsonDocument.Parse(ReportWriter.ToBytes(report, ReportOutputFormat.Json));
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact(DisplayName = "JSON Schema 拒绝缺格或多出未知单元格的报告")]
    public void Schema_RejectsWrongCells()
    {
        var schema = Schema.Value;
        var report = RandomReports.Create(5, ReportFormat.Revised2021);
        var text = Encoding.UTF8.GetString(ReportWriter.ToBytes(report, ReportOutputFormat.Json));
        var unknown = text.Replace("\"proactive.rules.issued\"", "\"proactive.rules.new_made\"", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(unknown);
        Assert.False(schema.Evaluate(json.RootElement).IsValid);
    }

    [Fact(DisplayName = "发布的 docs/annual-report.schema.json 与格式定义生成的一致，且含每种格式的每个单元格键")]
    public void PublishedSchema_IsGeneratedFromTheFormats()
    {
        // To regenerate after a format change: GONGKAI_WRITE_SCHEMA=1 dotnet test --filter PublishedSchema
        if (Environment.GetEnvironmentVariable("GONGKAI_WRITE_SCHEMA") == "1")
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(root.FullName, "Gongkai.slnx")))
            {
                root = root.Parent!;
            }

            File.WriteAllText(Path.Combine(root.FullName, "docs", "annual-report.schema.json"), AnnualReportJsonSchema.Text());
            return;
        }

        Assert.Equal(AnnualReportJsonSchema.Text(), PublishedSchema.ReplaceLineEndings("\n"));
        using var schema = JsonDocument.Parse(PublishedSchema);
        foreach (var format in ReportFormats.All)
        {
            var cells = schema.RootElement.GetProperty("$defs").GetProperty($"cells-{CanonicalJsonReport.FormatName(format.Format)}").GetProperty("properties");
            Assert.All(format.Cells, cell => Assert.True(cells.TryGetProperty(cell.Key.ToString(), out _), cell.Key.ToString()));
            Assert.Equal(format.Cells.Count(), cells.EnumerateObject().Count());
        }
    }

    [Fact(DisplayName = "同一份报告总是写出相同的字节，与单元格录入顺序无关")]
    public void Json_IsDeterministic()
    {
        var report = RandomReports.Create(7, ReportFormat.Revised2021, blanks: true);
        var shuffled = new AnnualReport(report.AgencyName, report.Year, report.Format, report.Sections,
            report.Cells.Reverse().ToDictionary(), report.Preamble);
        var first = ReportWriter.ToBytes(report, ReportOutputFormat.Json);
        Assert.Equal(first, ReportWriter.ToBytes(report, ReportOutputFormat.Json));
        Assert.Equal(first, ReportWriter.ToBytes(shuffled, ReportOutputFormat.Json));
    }

    [Fact(DisplayName = "JSON 不转义中文，空白格写为 null，金额保留原有小数位")]
    public void Json_KeepsChineseBlanksAndDecimals()
    {
        var definition = ReportFormats.Revised2021;
        var cells = new Dictionary<CellKey, CellValue>
        {
            [new CellKey("proactive", "fees", "amount")] = CellValue.Of(12.50m),
            [new CellKey("proactive", "rules", "issued")] = CellValue.Of(0),
        };
        var report = new AnnualReport("某某县人民政府", 2022, ReportFormat.Revised2021,
            [.. definition.Sections.Select(s => new ReportSection(s.Number, s.Numeral + "、", s.Title, []))], cells);
        var text = Encoding.UTF8.GetString(ReportWriter.ToBytes(report, ReportOutputFormat.Json));
        Assert.Contains("\"agency\": \"某某县人民政府\"", text, StringComparison.Ordinal);
        Assert.Contains("\"proactive.fees.amount\": 12.50", text, StringComparison.Ordinal);
        Assert.Contains("\"proactive.rules.issued\": 0", text, StringComparison.Ordinal);
        Assert.Contains("\"proactive.rules.repealed\": null", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        var read = CanonicalJsonReport.Read(Encoding.UTF8.GetBytes(text));
        Assert.Equal("12.50", CellText.Of(read.Get("proactive", "fees", "amount")));
        Assert.True(read.Get("proactive", "rules", "repealed").IsBlank);
    }

    [Theory(DisplayName = "结构不符的 JSON 给出指明位置的中文错误，而非崩溃")]
    [InlineData("{", "不是有效的 JSON")]
    [InlineData("[]", "顶层应为 JSON 对象")]
    [InlineData("{\"schemaVersion\": 2}", "schemaVersion")]
    [InlineData("{\"schemaVersion\": 1, \"year\": 2021}", "缺少“agency”")]
    [InlineData("{\"schemaVersion\": 1, \"agency\": \"某局\", \"year\": 2021, \"format\": \"2020\"}", "未知的报告格式“2020”")]
    [InlineData("{\"schemaVersion\": 1, \"agency\": \"某局\", \"year\": \"2021\"}", "“year”应为数字")]
    [InlineData("{\"schemaVersion\": 1, \"agency\": \"某局\", \"year\": 2021, \"format\": \"2021\", \"preamble\": [], \"sections\": [{\"number\": 7}], \"cells\": {}}", "sections[0].number")]
    [InlineData("{\"schemaVersion\": 1, \"agency\": \"某局\", \"year\": 2021, \"format\": \"2021\", \"preamble\": [], \"sections\": [], \"cells\": {\"proactive.rules.new_made\": 1}}", "proactive.rules.new_made")]
    [InlineData("{\"schemaVersion\": 1, \"agency\": \"某局\", \"year\": 2021, \"format\": \"2021\", \"preamble\": [], \"sections\": [], \"cells\": {\"requests.disclosed.total\": 1.5}}", "应为整数")]
    [InlineData("{\"schemaVersion\": 1, \"agency\": \"某局\", \"year\": 2021, \"format\": \"2021\", \"preamble\": [], \"sections\": [], \"cells\": {\"requests.disclosed.total\": true}}", "requests.disclosed.total")]
    public void Read_RejectsMalformedJsonInChinese(string json, string expected)
    {
        var error = Assert.Throws<UnreadableReportException>(() => CanonicalJsonReport.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "空文件给出明确的中文错误")]
    public void Read_RejectsEmptyStream() =>
        Assert.Throws<UnreadableReportException>(() => CanonicalJsonReport.Read(new MemoryStream()));
}
