using System.Globalization;
using System.Text.Json;

namespace Gongkai.Domain.Calendars;

/// <summary>
/// The State Council's yearly holiday arrangements, parsed from the schema of <c>cn-workdays.json</c>
/// (see <c>Calendars/cn-workdays.README.md</c>): <c>years.{YYYY}.holidays[].date/name</c> and
/// <c>years.{YYYY}.makeup_workdays[].date/holiday</c>. No date appears under two years, so all years merge
/// into one set of days off and one set of make-up days.
/// </summary>
public sealed class HolidayArrangements
{
    private const string ResourceName = "Gongkai.Domain.Calendars.cn-workdays.json";
    private static readonly Lazy<HolidayArrangements> EmbeddedData = new(LoadEmbedded);

    private HolidayArrangements(IReadOnlyDictionary<int, YearArrangement> years)
    {
        Years = years;
    }

    /// <summary>The arrangements carried in the assembly: 2007–2026 (see the README beside the data).</summary>
    public static HolidayArrangements Embedded => EmbeddedData.Value;

    /// <summary>The arrangements by notice year.</summary>
    public IReadOnlyDictionary<int, YearArrangement> Years { get; }

    /// <summary>Parses a JSON text in the <c>cn-workdays.json</c> schema.</summary>
    /// <exception cref="FormatException">The text is not in the schema (the message says where, in Chinese).</exception>
    public static HolidayArrangements Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromDocument(document);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"节假日安排文件不是有效的 JSON：{ex.Message}", ex);
        }
    }

    /// <summary>Parses a JSON stream in the <c>cn-workdays.json</c> schema.</summary>
    /// <exception cref="FormatException">The stream is not in the schema.</exception>
    public static HolidayArrangements Parse(Stream json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromDocument(document);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"节假日安排文件不是有效的 JSON：{ex.Message}", ex);
        }
    }

    /// <summary>
    /// These arrangements with <paramref name="supplement"/>'s years added; a year present in both is taken
    /// from the supplement (a later notice replaces an earlier one).
    /// </summary>
    public HolidayArrangements Merge(HolidayArrangements supplement)
    {
        var years = new Dictionary<int, YearArrangement>(Years);
        foreach (var (year, arrangement) in supplement.Years)
        {
            years[year] = arrangement;
        }

        return new HolidayArrangements(years);
    }

    private static HolidayArrangements FromDocument(JsonDocument document)
    {
        if (!document.RootElement.TryGetProperty("years", out var yearsElement) || yearsElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("节假日安排文件缺少 \"years\" 对象（格式见 cn-workdays.README.md）。");
        }

        var years = new Dictionary<int, YearArrangement>();
        foreach (var yearProperty in yearsElement.EnumerateObject())
        {
            if (!int.TryParse(yearProperty.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1949 || year > 9999)
            {
                throw new FormatException($"节假日安排文件中的年份键 \"{yearProperty.Name}\" 不是四位年份。");
            }

            var notices = yearProperty.Value.TryGetProperty("notices", out var n) && n.ValueKind == JsonValueKind.Array
                ? n.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
                : [];
            var holidays = ReadDates(yearProperty.Value, year, "holidays", "name");
            var makeup = ReadDates(yearProperty.Value, year, "makeup_workdays", "holiday");
            foreach (var both in holidays.Keys.Where(makeup.ContainsKey))
            {
                throw new FormatException($"节假日安排文件 {year} 年中 {Iso(both)} 同时被列为放假日和调休上班日。");
            }

            years[year] = new YearArrangement(year, notices, holidays, makeup);
        }

        return new HolidayArrangements(years);
    }

    private static Dictionary<DateOnly, string> ReadDates(JsonElement year, int key, string property, string nameProperty)
    {
        var result = new Dictionary<DateOnly, string>();
        if (!year.TryGetProperty(property, out var list))
        {
            return result;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"节假日安排文件 {key} 年的 \"{property}\" 应为数组。");
        }

        foreach (var entry in list.EnumerateArray())
        {
            var text = entry.TryGetProperty("date", out var d) ? d.GetString() : null;
            if (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"节假日安排文件 {key} 年的 \"{property}\" 中有无效日期 \"{text}\"（应为 YYYY-MM-DD）。");
            }

            // Only 元旦 may reach into the previous December (README: "Year key = year of the notice").
            if (date.Year != key && !(date.Year == key - 1 && date.Month == 12))
            {
                throw new FormatException($"节假日安排文件 {key} 年中的日期 {text} 不属于该年。");
            }

            var name = entry.TryGetProperty(nameProperty, out var nameElement) ? nameElement.GetString() : null;
            if (!result.TryAdd(date, name ?? string.Empty))
            {
                throw new FormatException($"节假日安排文件 {key} 年的 \"{property}\" 重复列出 {text}。");
            }
        }

        return result;
    }

    private static HolidayArrangements LoadEmbedded()
    {
        using var stream = typeof(HolidayArrangements).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Gongkai.Domain.");
        return Parse(stream);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
