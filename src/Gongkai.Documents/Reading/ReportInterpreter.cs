using Gongkai.Documents.Reading.Interpretation;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Turns a <see cref="SourceDocument"/> of any shape into an <see cref="AnnualReport"/>: title, preamble,
/// the six sections, and every numeric cell found by the labels the format definitions give. The
/// format is recognised from the tables (their headings and rows), not from the year. What could not
/// be read for sure is a reading doubt; what is missing is a STRUCTURE finding; nothing throws.
/// </summary>
public static class ReportInterpreter
{
    /// <summary>Reads the report out of a source document.</summary>
    public static ReportReading Interpret(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = new List<Finding>();
        findings.AddRange(document.ExtractionNotes.Select(note => ReadingText.Verify(note, null)));

        var outline = DocumentOutline.Read(document);
        var tables = TableReader.Read(document, outline);
        var year = outline.Title?.Year
            ?? outline.Preamble.Select(p => ReportTitle.YearFromPeriod(p.Text)).FirstOrDefault(y => y is not null);
        var format = DecideFormat(tables, year, findings);
        var formats = new[] { TableKeys.Proactive, TableKeys.Requests, TableKeys.Remedies }
            .ToDictionary(key => key, key => FormatEvidence.Winner(tables.Evidence, key) ?? format, StringComparer.Ordinal);
        var placer = CellPlacer.Place(tables.Rows, key => formats[key]);
        findings.AddRange(tables.Doubts);
        findings.AddRange(placer.Findings);
        findings.AddRange(tables.Subtotals.SelectMany(subtotal => subtotal.Findings(formats[TableKeys.Requests], placer.Cells)));

        if (outline.Title is null && outline.Sections.Count == 0 && placer.Cells.Count == 0)
        {
            findings.Add(ReadingText.Structure("未找到政府信息公开工作年度报告的内容（没有标题、章节或表格）"));
            return new ReportReading(null, findings, document);
        }

        if (outline.Title is null)
        {
            findings.Add(ReadingText.Verify(year is null
                ? "未能识别报告标题中的机关名称和年度"
                : "未能识别报告标题中的机关名称", null));
        }

        AddMissingParts(tables, placer, format, findings);
        var report = new AnnualReport(
            outline.Title?.AgencyName ?? string.Empty,
            year ?? (format == ReportFormat.Trial2019 ? 2020 : 2021),
            format,
            outline.Sections,
            placer.Cells,
            outline.Preamble);
        return new ReportReading(report, findings, document);
    }

    private static ReportFormat DecideFormat(TableReader tables, int? year, List<Finding> findings)
    {
        var proactive = FormatEvidence.Winner(tables.Evidence, TableKeys.Proactive);
        var requests = FormatEvidence.Winner(tables.Evidence, TableKeys.Requests);
        ReportFormat? required = year is { } y ? ReportFormats.RequiredFor(y) : null;
        var seen = new[] { proactive, requests }.OfType<ReportFormat>().Distinct().ToList();
        var format = seen.Count switch
        {
            1 => seen[0],
            0 => required ?? ReportFormat.Revised2021,
            _ => required is { } r && seen.Contains(r) ? r : requests!.Value,
        };

        if (BothFormats(tables.Evidence))
        {
            var byFormat = tables.Evidence.GroupBy(e => e.Format).ToDictionary(g => g.Key, g => g.ToList());
            var old = string.Join("、", byFormat[ReportFormat.Trial2019].Take(3).Select(e => e.Describe()));
            var revised = string.Join("、", byFormat[ReportFormat.Revised2021].Take(3).Select(e => e.Describe()));
            var first = byFormat[ReportFormat.Trial2019][0].Location;
            findings.Add(new Finding(
                ReadingText.VersionRule,
                FindingSeverity.Error,
                new FindingLocation(ReadingText.SectionOf(byFormat[ReportFormat.Trial2019][0].TableKey), null, first),
                $"表格混用了两种格式：{old}属于{ReadingText.FormatName(ReportFormat.Trial2019)}，{revised}属于{ReadingText.FormatName(ReportFormat.Revised2021)}；按{ReadingText.FormatName(format)}读取"));
        }

        return format;
    }

    /// <summary>Whether the evidence names both formats (a mixed report); most reports are of one.</summary>
    private static bool BothFormats(IReadOnlyList<FormatEvidence> evidence)
    {
        for (var i = 1; i < evidence.Count; i++)
        {
            if (evidence[i].Format != evidence[0].Format)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddMissingParts(TableReader tables, CellPlacer placer, ReportFormat format, List<Finding> findings)
    {
        // Missing sections are the checks' STRUCTURE finding (SectionOutlineCheck); the reader reports
        // only what the checks cannot tell from the report: a table or rows that are not in the file.
        var definition = ReportFormats.Get(format);
        foreach (var table in definition.Tables)
        {
            var tableFormat = ReportFormats.Get(FormatEvidence.Winner(tables.Evidence, table.Key) ?? format).Table(table.Key);
            List<RowDefinition>? missing = null;
            var rows = 0;
            foreach (var block in tableFormat.Blocks)
            {
                foreach (var row in block.Rows)
                {
                    rows++;
                    if (!placer.RowsFound.Contains((table.Key, row.Key)))
                    {
                        (missing ??= []).Add(row);
                    }
                }
            }

            var numeral = ReadingText.Numeral(table.SectionNumber);
            if ((missing?.Count ?? 0) == rows)
            {
                findings.Add(ReadingText.Structure($"缺少第{numeral}部分表格（{definition.Sections[table.SectionNumber - 1].Title}）", table.SectionNumber));
                continue;
            }

            if (missing is not null)
            {
                var names = string.Join("、", missing.Take(3).Select(r => $"“{r.FullLabel}”"));
                findings.Add(ReadingText.Structure(
                    $"第{numeral}部分表格不完整：缺少{names}{(missing.Count > 3 ? $"等{missing.Count}行" : string.Empty)}",
                    table.SectionNumber));
            }
        }
    }
}
