using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>Splits narrative text into sentences and clauses and reads the figures stated in it.</summary>
internal static partial class NarrativeText
{
    /// <summary>Full-width digits, percent and spaces made plain, so one set of patterns reads them all.</summary>
    public static string Normalize(string text)
    {
        var chars = text.Select(c => c switch
        {
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '％' => '%',
            '．' => '.',
            '\u3000' or '\u00a0' => ' ',
            _ => c,
        });
        return new string(chars.ToArray());
    }

    /// <summary>Sentences: split at 。；！？ and line breaks.</summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(Normalize(text)).Where(s => !string.IsNullOrWhiteSpace(s));

    /// <summary>Clauses: split at "，" and at an ASCII comma that is not a thousands separator.</summary>
    public static IReadOnlyList<string> Clauses(string sentence) =>
        ClauseBreak().Split(sentence).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();

    public static decimal ParseNumber(string digits) =>
        decimal.Parse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A count with its unit: "108条", "1件", "2起".</summary>
    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?<unit>件|条|起|宗|个|份|项|次|篇)")]
    public static partial Regex Count();

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"，|(?<!\d),|,(?!\d{3})")]
    private static partial Regex ClauseBreak();
}
