using System.Globalization;
using System.Text.Json;
using Gongkai.Documents.Reading;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Json;

/// <summary>Checks a parsed canonical JSON document key by key and builds the report; every error names the key.</summary>
internal static class CanonicalJsonParser
{
    public static AnnualReport Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error("顶层应为 JSON 对象（{…}）");
        }

        var version = Required(root, "schemaVersion", JsonValueKind.Number);
        if (!version.TryGetInt32(out var v) || v != CanonicalJsonReport.SchemaVersion)
        {
            throw Error($"不支持的 schemaVersion：{version.GetRawText()}（本程序支持 {CanonicalJsonReport.SchemaVersion}）");
        }

        var agency = Required(root, "agency", JsonValueKind.String).GetString()!;
        if (string.IsNullOrWhiteSpace(agency))
        {
            throw Error("“agency”（报告机关）不能为空");
        }

        var yearElement = Required(root, "year", JsonValueKind.Number);
        if (!yearElement.TryGetInt32(out var year) || year < 2008 || year > 9999)
        {
            throw Error($"“year”应为 2008 年以后的年份，实为 {yearElement.GetRawText()}");
        }

        var formatName = Required(root, "format", JsonValueKind.String).GetString();
        var format = CanonicalJsonReport.ParseFormat(formatName)
            ?? throw Error($"未知的报告格式“{formatName}”（应为 \"2019-trial\" 或 \"2021\"）");
        var definition = ReportFormats.Get(format);
        var preamble = Strings(Required(root, "preamble", JsonValueKind.Array), "preamble");
        var sections = Sections(Required(root, "sections", JsonValueKind.Array));
        var cells = Cells(Required(root, "cells", JsonValueKind.Object), definition);
        return new AnnualReport(agency, year, format, sections, cells, [.. preamble.Select(p => new ReportParagraph(p))]);
    }

    private static List<ReportSection> Sections(JsonElement array)
    {
        var sections = new List<ReportSection>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var where = $"sections[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Error($"“{where}”应为对象");
            }

            var numberElement = Required(item, "number", JsonValueKind.Number, where);
            if (!numberElement.TryGetInt32(out var number) || number is < 1 or > 6)
            {
                throw Error($"“{where}.number”应为 1 至 6 的整数，实为 {numberElement.GetRawText()}");
            }

            var marker = Required(item, "marker", JsonValueKind.String, where).GetString()!;
            var title = Required(item, "title", JsonValueKind.String, where).GetString()!;
            var paragraphs = Strings(Required(item, "paragraphs", JsonValueKind.Array, where), $"{where}.paragraphs");
            sections.Add(new ReportSection(number, marker, title, [.. paragraphs.Select(p => new ReportParagraph(p))]));
            index++;
        }

        return sections;
    }

    private static Dictionary<CellKey, CellValue> Cells(JsonElement cells, ReportFormatDefinition definition)
    {
        var values = new Dictionary<CellKey, CellValue>();
        foreach (var property in cells.EnumerateObject())
        {
            CellKey key;
            try
            {
                key = CellKey.Parse(property.Name);
            }
            catch (FormatException ex)
            {
                throw new UnreadableReportException($"“cells”中的键“{property.Name}”不是“表.行.列”形式", ex);
            }

            var cell = definition.FindCell(key)
                ?? throw Error($"“cells”中的键“{property.Name}”不属于{definition.Name}");
            var value = property.Value;
            values[key] = value.ValueKind switch
            {
                JsonValueKind.Null => CellValue.Blank(),
                JsonValueKind.String => CellValue.Read(null, value.GetString()!, null),
                JsonValueKind.Number => Number(value, property.Name, cell.Column.Kind),
                _ => throw Error($"“cells.{property.Name}”应为数字、null（空白）或原文字符串，实为 {value.ValueKind}"),
            };
        }

        return values;
    }

    private static CellValue Number(JsonElement value, string name, ValueKind kind)
    {
        var raw = value.GetRawText();
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw Error($"“cells.{name}”的数值 {raw} 超出范围");
        }

        if (kind != ValueKind.AmountTenThousandYuan && number != decimal.Truncate(number))
        {
            throw Error($"“cells.{name}”是件数，应为整数，实为 {raw}");
        }

        return CellValue.Read(number, raw, null);
    }

    private static List<string> Strings(JsonElement array, string where)
    {
        var strings = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Error($"“{where}[{index}]”应为字符串");
            }

            strings.Add(item.GetString()!);
            index++;
        }

        return strings;
    }

    private static JsonElement Required(JsonElement owner, string name, JsonValueKind kind, string? where = null)
    {
        var path = where is null ? name : $"{where}.{name}";
        if (!owner.TryGetProperty(name, out var value))
        {
            throw Error($"缺少“{path}”");
        }

        if (value.ValueKind != kind)
        {
            throw Error($"“{path}”应为{KindName(kind)}，实为{KindName(value.ValueKind)}");
        }

        return value;
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Null => "null",
        _ => "未定义",
    };

    private static UnreadableReportException Error(string detail) => new($"不是规范的年度报告 JSON：{detail}");
}
