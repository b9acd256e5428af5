using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// The report's title: "新郑市新建路街道办事处" + "2020年政府信息公开工作年度报告", on one line or two,
/// also "2021年度…", "…政府信息公开年度报告" and the agency written after the year.
/// </summary>
internal sealed partial record ReportTitle(string AgencyName, int Year)
{
    /// <summary>Reads the title from the paragraph at <paramref name="index"/> (and the one before it).</summary>
    public static ReportTitle? TryRead(IReadOnlyList<string> paragraphs, int index, out bool usedPrevious)
    {
        usedPrevious = false;
        var original = paragraphs[index].Trim();
        var simple = SimplifiedText.Of(original);
        var match = TitlePattern().Match(simple);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2008 or > 2200)
        {
            return null;
        }

        var before = Clean(original[..match.Groups["year"].Index]);
        var between = Clean(original.Substring(match.Groups["mid"].Index, match.Groups["mid"].Length));
        var agency = before.Length > 0 ? before : between;
        if (agency.Length == 0 && index > 0)
        {
            var previous = paragraphs[index - 1].Trim();
            if (previous.Length is > 0 and <= 60 && !previous.Contains('。', StringComparison.Ordinal))
            {
                agency = previous;
                usedPrevious = true;
            }
        }

        return new ReportTitle(agency, year);
    }

    /// <summary>The statistics period "自2020年1月1日至…", a fallback for the year.</summary>
    public static int? YearFromPeriod(string text)
    {
        var match = PeriodPattern().Match(SimplifiedText.Of(text));
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string Clean(string text) => text.Trim().Trim('《', '》', '“', '”', '"', ' ', '\u3000', '\u00A0');

    [GeneratedRegex(@"(?<year>\d{4})\s*年\s*度?\s*(?<mid>[^\d]{0,40}?)\s*政府\s*信\s*息\s*公\s*开\s*(工\s*作\s*)?(年\s*度\s*)?(工\s*作\s*)?报\s*告")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"(?<year>20\d{2})\s*年\s*0?1\s*月\s*0?1\s*日")]
    private static partial Regex PeriodPattern();
}
