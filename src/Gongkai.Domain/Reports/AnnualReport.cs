namespace Gongkai.Domain.Reports;

/// <summary>
/// An annual report (政府信息公开工作年度报告, Regulation Art. 49–50): agency, year, format, the
/// sections as written and every numeric cell. The same type holds a report Gongkai computed and a
/// report read from a file; a read report keeps where every value came from.
/// </summary>
public sealed class AnnualReport
{
    /// <summary>Creates a report. Cells not in <paramref name="cells"/> are absent (not blank).</summary>
    public AnnualReport(
        string agencyName,
        int year,
        ReportFormat format,
        IReadOnlyList<ReportSection> sections,
        IReadOnlyDictionary<CellKey, CellValue> cells,
        IReadOnlyList<ReportParagraph>? preamble = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2008);
        AgencyName = agencyName;
        Year = year;
        Format = format;
        Sections = sections;
        Cells = cells;
        Preamble = preamble ?? [];
    }

    /// <summary>The reporting agency's name, e.g. 新郑市新建路街道办事处.</summary>
    public string AgencyName { get; }

    /// <summary>The calendar year reported on (统计期限 1月1日至12月31日).</summary>
    public int Year { get; }

    /// <summary>The format the report is laid out in (which may differ from the one its year requires).</summary>
    public ReportFormat Format { get; }

    /// <summary>The definition of <see cref="Format"/>.</summary>
    public ReportFormatDefinition Definition => ReportFormats.Get(Format);

    /// <summary>The text before section 一: basis, contents, statistics period, contact.</summary>
    public IReadOnlyList<ReportParagraph> Preamble { get; }

    /// <summary>The sections in the order they appear.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>Every cell that was found or computed.</summary>
    public IReadOnlyDictionary<CellKey, CellValue> Cells { get; }

    /// <summary>The title as printed: "{agency}{year}年政府信息公开工作年度报告".</summary>
    public string Title => $"{AgencyName}{Year}年政府信息公开工作年度报告";

    /// <summary>The value of a cell; blank when the report does not have it.</summary>
    public CellValue this[CellKey key] => Cells.TryGetValue(key, out var value) ? value : CellValue.Blank();

    /// <summary>The value of a cell by its parts.</summary>
    public CellValue Get(string table, string row, string column) => this[new CellKey(table, row, column)];

    /// <summary>The first section with the given number, or null.</summary>
    public ReportSection? Section(int number) => Sections.FirstOrDefault(s => s.Number == number);
}
