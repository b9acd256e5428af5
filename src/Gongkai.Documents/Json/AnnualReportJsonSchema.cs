using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Json;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of the canonical JSON from the format definitions, so
/// that every cell key of every format is in it. docs/annual-report.schema.json is its output.
/// </summary>
public static class AnnualReportJsonSchema
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as text (LF line ends, final newline), byte for byte as published.</summary>
    public static string Text() => Build().ToJsonString(Options) + "\n";

    /// <summary>The schema as a JSON node.</summary>
    public static JsonObject Build()
    {
        var allOf = new JsonArray();
        var defs = new JsonObject
        {
            ["section"] = Section(),
            ["count"] = Value(["integer", "null", "string"], "件数：非负整数；null 表示空白（不等于 0）；字符串为无法识别为数字的原文"),
            ["signedCount"] = Value(["integer", "null", "string"], "增减数：可为负的整数；null 表示空白；字符串为原文"),
            ["amount"] = Value(["number", "null", "string"], "金额（万元），小数位按原样；null 表示空白；字符串为原文"),
        };
        foreach (var format in ReportFormats.All)
        {
            var name = CanonicalJsonReport.FormatName(format.Format);
            allOf.Add(new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["format"] = new JsonObject { ["const"] = name } },
                    ["required"] = new JsonArray("format"),
                },
                ["then"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["cells"] = new JsonObject { ["$ref"] = $"#/$defs/cells-{name}" } },
                },
            });
            defs[$"cells-{name}"] = Cells(format);
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = CanonicalJsonReport.SchemaId,
            ["title"] = "政府信息公开工作年度报告（规范 JSON）",
            ["description"] = "《政府信息公开条例》第五十条年度报告的机器可读形式：每个单元格以“表.行.列”的稳定键命名，两份报告可逐格比较。",
            ["type"] = "object",
            ["required"] = new JsonArray("schemaVersion", "agency", "year", "format", "title", "preamble", "sections", "cells"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["const"] = CanonicalJsonReport.SchemaId },
                ["schemaVersion"] = new JsonObject { ["const"] = CanonicalJsonReport.SchemaVersion },
                ["agency"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "报告机关名称" },
                ["year"] = new JsonObject { ["type"] = "integer", ["minimum"] = 2008, ["description"] = "报告年度（统计期限为该年 1 月 1 日至 12 月 31 日）" },
                ["format"] = new JsonObject { ["enum"] = new JsonArray("2019-trial", "2021"), ["description"] = "2019-trial：国办公开办函〔2019〕60号试行格式；2021：国办公开办函〔2021〕30号格式" },
                ["title"] = new JsonObject { ["type"] = "string", ["description"] = "标题：“{机关}{年度}年政府信息公开工作年度报告”" },
                ["preamble"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "第一部分之前的导语段落" },
                ["sections"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/section" } },
                ["cells"] = new JsonObject { ["type"] = "object", ["description"] = "表格中的每个单元格，按版式顺序" },
            },
            ["allOf"] = allOf,
            ["$defs"] = defs,
        };
    }

    private static JsonObject Cells(ReportFormatDefinition format)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var cell in format.Cells)
        {
            var key = cell.Key.ToString();
            var kind = cell.Column.Kind switch
            {
                ValueKind.Count => "count",
                ValueKind.SignedCount => "signedCount",
                ValueKind.AmountTenThousandYuan => "amount",
                _ => throw new InvalidOperationException($"Unknown value kind {cell.Column.Kind}."),
            };
            var label = cell.Row.Label.Length == 0 ? cell.Label.TrimStart(' ', '/') : cell.Label;
            properties[key] = new JsonObject { ["$ref"] = $"#/$defs/{kind}", ["description"] = label };
            required.Add(key);
        }

        return new JsonObject
        {
            ["description"] = $"{format.Name}（{format.Notice}）的全部单元格",
            ["type"] = "object",
            ["required"] = required,
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static JsonObject Section() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("number", "marker", "title", "paragraphs"),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["number"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 6, ["description"] = "第几部分（1–6）" },
            ["marker"] = new JsonObject { ["type"] = "string", ["description"] = "原文的编号，如“二、”或“1、”" },
            ["title"] = new JsonObject { ["type"] = "string", ["description"] = "编号之后的标题" },
            ["paragraphs"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        },
    };

    private static JsonObject Value(string[] types, string description) => new()
    {
        ["type"] = new JsonArray([.. types.Select(t => (JsonNode)t)]),
        ["description"] = description,
    };
}
