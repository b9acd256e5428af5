using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>Splits narrative text into sentences and clauses and reads the figures stated in it.</summary>
internal static partial class NarrativeText
{
    /// <summary>Full-width digits, percent and spaces made plain, so one set of patterns reads them all.</summary>
    public static string Normalize(string text) =>
        string.Create(text.Length, text, static (chars, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                chars[i] = text[i] switch
                {
                    >= '０' and <= '９' and var c => (char)('0' + (c - '０')),
                    '％' => '%',
                    '．' => '.',
                    '\u3000' or '\u00a0' => ' ',
                    var c => c,
                };
            }
        });

    /// <summary>Sentences: split at 。；！？ and line breaks.</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        foreach (var sentence in Normalize(text).Split(SentenceBreaks))
        {
            if (!string.IsNullOrWhiteSpace(sentence))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>Clauses: split at "，" and at an ASCII comma that is not a thousands separator.</summary>
    public static IReadOnlyList<string> Clauses(string sentence) =>
        ClauseBreak().Split(sentence).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();

    public static decimal ParseNumber(string digits) =>
        decimal.Parse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A count with its unit: "108条", "1件", "2起".</summary>
    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?<unit>件|条|起|宗|个|份|项|次|篇)")]
    public static partial Regex Count();

    /// <summary>Where a sentence ends: 。；;！!？? and line breaks.</summary>
    private static readonly char[] SentenceBreaks = ['。', '；', ';', '！', '!', '？', '?', '\n'];

    [GeneratedRegex(@"，|(?<!\d),|,(?!\d{3})")]
    private static partial Regex ClauseBreak();
}
