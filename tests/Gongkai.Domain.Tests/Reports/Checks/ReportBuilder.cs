using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Tests.Reports.Checks;

/// <summary>
/// Builds annual reports for the check tests: by default a consistent all-zero report of a city
/// government office for the year, in the format the year requires, with the six sections titled and
/// numbered as the format prints them (and, from 2021, a 信息处理费 statement in section 六).
/// </summary>
internal sealed class ReportBuilder
{
    private readonly Dictionary<CellKey, CellValue> _cells = [];
    private readonly List<ReportSection> _sections;
    private readonly int _year;
    private readonly ReportFormat _format;
    private string _agency = "某市人民政府办公室";

    private ReportBuilder(int year, ReportFormat format)
    {
        _year = year;
        _format = format;
        var definition = ReportFormats.Get(format);
        foreach (var cell in definition.Cells)
        {
            _cells[cell.Key] = CellValue.Of(0);
        }

        _sections = definition.Sections
            .Select(s => new ReportSection(s.Number, s.Numeral + "、", s.Title, DefaultText(s.Number), new SourceLocation(Line: s.Number * 10)))
            .ToList();
    }

    public static ReportBuilder For(int year) => new(year, ReportFormats.RequiredFor(year));

    public static ReportBuilder For(int year, ReportFormat format) => new(year, format);

    public ReportBuilder WithAgency(string name)
    {
        _agency = name;
        return this;
    }

    /// <summary>Sets a cell by its canonical key, e.g. "requests.disclosed.natural_person".</summary>
    public ReportBuilder With(string key, decimal number)
    {
        _cells[CellKey.Parse(key)] = CellValue.Of(number);
        return this;
    }

    /// <summary>Adds to a cell.</summary>
    public ReportBuilder Add(string key, decimal number)
    {
        var cell = CellKey.Parse(key);
        _cells[cell] = CellValue.Of(_cells.GetValueOrDefault(cell).OrZero + number);
        return this;
    }

    /// <summary>A value as a reader found it: raw text, the number read from it (if any), and where.</summary>
    public ReportBuilder WithRead(string key, string raw, decimal? number, int line = 42)
    {
        _cells[CellKey.Parse(key)] = CellValue.Read(number, raw, new SourceLocation(Line: line) { RawText = raw });
        return this;
    }

    public ReportBuilder WithBlank(string key, int line = 42)
    {
        _cells[CellKey.Parse(key)] = CellValue.Blank(new SourceLocation(Line: line) { RawText = string.Empty });
        return this;
    }

    public ReportBuilder Without(string key)
    {
        _cells.Remove(CellKey.Parse(key));
        return this;
    }

    /// <summary>
    /// Applications received this year and handled with one outcome: adds to 一、本年新收, the outcome
    /// row and （七）总计, in the applicant's column and in 总计, so K1–K5 keep holding.
    /// </summary>
    public ReportBuilder WithApplications(string outcomeRow, int count = 1, string column = "natural_person")
    {
        foreach (var row in new[] { "new_received", outcomeRow, "outcome_total" })
        {
            Add($"requests.{row}.{column}", count).Add($"requests.{row}.total", count);
        }

        return this;
    }

    /// <summary>Applications carried over from last year and still open: adds to 二 and 四.</summary>
    public ReportBuilder WithStillOpen(int count = 1, string column = "natural_person")
    {
        foreach (var row in new[] { "carried_over", "carried_forward" })
        {
            Add($"requests.{row}.{column}", count).Add($"requests.{row}.total", count);
        }

        return this;
    }

    /// <summary>Replaces a section's narrative, one paragraph per argument.</summary>
    public ReportBuilder WithSection(int number, params string[] paragraphs) =>
        Replace(number, s => s with { Paragraphs = paragraphs.Select((p, i) => new ReportParagraph(p, new SourceLocation(Line: (number * 10) + i + 1))).ToList() });

    public ReportBuilder WithMarker(int number, string marker) => Replace(number, s => s with { Marker = marker });

    public ReportBuilder WithTitle(int number, string title) => Replace(number, s => s with { Title = title });

    public ReportBuilder WithoutSection(int number)
    {
        _sections.RemoveAll(s => s.Number == number);
        return this;
    }

    /// <summary>Puts the sections in the given order of numbers.</summary>
    public ReportBuilder InOrder(params int[] numbers)
    {
        var reordered = numbers.Select(n => _sections.Single(s => s.Number == n)).ToList();
        _sections.Clear();
        _sections.AddRange(reordered);
        return this;
    }

    public AnnualReport Build() => new(_agency, _year, _format, _sections.ToList(), new Dictionary<CellKey, CellValue>(_cells));

    private ReportBuilder Replace(int number, Func<ReportSection, ReportSection> change)
    {
        var index = _sections.FindIndex(s => s.Number == number);
        _sections[index] = change(_sections[index]);
        return this;
    }

    private List<ReportParagraph> DefaultText(int number) => number switch
    {
        1 => [new("本机关认真贯彻《中华人民共和国政府信息公开条例》，政府信息公开工作有序开展。", new SourceLocation(Line: 11))],
        6 when _year >= 2021 => [new("本年度未收取信息处理费。", new SourceLocation(Line: 61))],
        6 => [new("无。", new SourceLocation(Line: 61))],
        _ => [],
    };
}
