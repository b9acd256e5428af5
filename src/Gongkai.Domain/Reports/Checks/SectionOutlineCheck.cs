using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// STRUCTURE: the six sections of Regulation Art. 50 and the format are all present, in order, once
/// each, under the format's titles. Small wording differences (a missing "的", "公开" left out) are
/// tolerated; a title that says something else is named.
/// </summary>
internal sealed partial class SectionOutlineCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var sections = context.Report.Sections;
        foreach (var definition in context.Definition.Sections)
        {
            var found = WithNumber(sections, definition.Number);
            if (found.Count == 0)
            {
                yield return new Finding(CheckRules.Structure, FindingSeverity.Warning, new FindingLocation(definition.Number),
                    $"缺少第{definition.Numeral}部分“{definition.Heading}”（《政府信息公开条例》第五十条）");
                continue;
            }

            if (found.Count > 1)
            {
                yield return new Finding(CheckRules.Structure, FindingSeverity.Warning, new FindingLocation(definition.Number, null, found[1].Source),
                    $"第{definition.Numeral}部分“{definition.Heading}”出现了{found.Count}次");
            }

            if (!TitleMatches(found[0].Title, definition.Title))
            {
                yield return new Finding(CheckRules.Structure, FindingSeverity.Warning, new FindingLocation(definition.Number, null, found[0].Source),
                    $"第{definition.Numeral}部分的标题为“{found[0].Title.Trim()}”，格式规定为“{definition.Title}”");
            }
        }

        for (var i = 1; i < sections.Count; i++)
        {
            if (sections[i].Number < sections[i - 1].Number)
            {
                var numeral = context.Definition.Sections.FirstOrDefault(d => d.Number == sections[i].Number)?.Numeral ?? sections[i].Marker;
                yield return new Finding(CheckRules.Structure, FindingSeverity.Warning, new FindingLocation(sections[i].Number, null, sections[i].Source),
                    $"第{numeral}部分“{sections[i].Title.Trim()}”排在“{sections[i - 1].Title.Trim()}”之后，顺序应为一至六");
            }
        }
    }

    private static List<ReportSection> WithNumber(IReadOnlyList<ReportSection> sections, int number)
    {
        var found = new List<ReportSection>(1);
        foreach (var section in sections)
        {
            if (section.Number == number)
            {
                found.Add(section);
            }
        }

        return found;
    }

    /// <summary>Equal after removing spaces and punctuation, or within a small edit distance.</summary>
    internal static bool TitleMatches(string written, string expected)
    {
        if (string.Equals(written.Trim(), expected, StringComparison.Ordinal))
        {
            return true;
        }

        var a = Noise().Replace(written, string.Empty);
        var b = Noise().Replace(expected, string.Empty);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var tolerance = Math.Max(2, b.Length / 5);
        return EditDistance(a, b) <= tolerance;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"[\s\p{P}]")]
    private static partial Regex Noise();
}
