using System.Text.RegularExpressions;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// A section heading as written: "二、主动公开政府信息情况", "1、 总体情况", "第五部分 存在的…".
/// The number comes from the title (the format's six titles); the marker is kept as written, so that
/// the checks can report mixed numbering.
/// </summary>
/// <param name="Number">1 to 6.</param>
/// <param name="Marker">The numbering as written ("1、", "二、"), empty when there is none.</param>
/// <param name="Title">The heading text after the marker.</param>
/// <param name="Rest">Text that follows the title in the same paragraph, if any.</param>
/// <param name="Score">How sure the title match is (1 = exact).</param>
internal sealed partial record SectionHeading(int Number, string Marker, string Title, string Rest, double Score)
{
    private static readonly (int Number, string Normalized)[] Titles =
        [.. ReportFormats.Trial2019.Sections.Select(s => (s.Number, LabelText.Normalize(s.Title)))];

    public static SectionHeading? TryRead(string text)
    {
        var original = text.Trim();
        if (original.Length is 0 or > 200)
        {
            return null;
        }

        var simple = SimplifiedText.Of(original);
        var match = MarkerPattern().Match(simple);
        var marker = match.Success ? original.Substring(match.Index, match.Length).Trim() : string.Empty;
        var bracketed = match.Success && match.Groups["bracket"].Success;
        var titleText = original[(match.Success ? match.Length : 0)..].Trim();
        Span<char> buffer = stackalloc char[titleText.Length];
        var normalizedText = buffer[..LabelText.NormalizeInto(titleText, buffer)];
        if (normalizedText.Length == 0)
        {
            return null;
        }

        // The exact title scores 1 and no other title can beat it. Without a numbering only the exact
        // title counts (every other score stays below 1): most paragraphs of a report end here, without
        // edit distances and without the normalised text as a string.
        foreach (var (number, title) in Titles)
        {
            if (normalizedText.SequenceEqual(title))
            {
                return new SectionHeading(number, marker, titleText, string.Empty, 1);
            }
        }

        var needed = marker.Length == 0 || bracketed ? 1.0 : LabelSimilarity.Accept;
        if (needed >= 1)
        {
            return null;
        }

        var normalized = normalizedText.ToString();
        var best = (Number: 0, Score: 0.0, Remainder: string.Empty, Heading: titleText);
        foreach (var (number, title) in Titles)
        {
            var score = LabelSimilarity.Score(normalized, title);
            var rest = string.Empty;
            var heading = titleText;
            if (score < 1 && normalized.StartsWith(title, StringComparison.Ordinal) && normalized.Length > title.Length + 4)
            {
                // "一、总体情况。2020年，我局…": the heading and its first paragraph in one.
                var cut = CutAfter(titleText, title.Length);
                heading = titleText[..cut].TrimEnd('。', '：', ':', ' ');
                rest = titleText[cut..].TrimStart('。', '：', ':', ' ', '，');
                score = 0.95;
            }

            if (score > best.Score)
            {
                best = (number, score, rest, heading);
            }
        }

        return best.Score >= needed ? new SectionHeading(best.Number, marker, best.Heading, best.Remainder, best.Score) : null;
    }

    /// <summary>The position in <paramref name="text"/> after its first <paramref name="letters"/> letters or digits.</summary>
    private static int CutAfter(string text, int letters)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(LabelText.Fold(text[i])) && ++seen == letters)
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"^\s*(?:第\s*[一二三四五六1-6]\s*部分\s*[、.,:：]?|(?<bracket>[（(]\s*[一二三四五六1-6]\s*[)）]\s*[、.,]?)|[一二三四五六1-6]\s*[、.,．，:：])\s*")]
    private static partial Regex MarkerPattern();
}
