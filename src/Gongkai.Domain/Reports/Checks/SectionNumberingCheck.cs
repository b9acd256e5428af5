using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// STRUCTURE: numbering is consistent. The six sections are numbered with the format's Chinese numerals
/// "一、" … "六、" (the seed mixes "1、" with "二、"), and the items within a section keep one style
/// (the seed's section 一 runs "（1）（2）（3）" and then "（四）"). Each inconsistency is reported once,
/// at the heading or paragraph where it occurs.
/// </summary>
internal sealed partial class SectionNumberingCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var section in context.Report.Sections)
        {
            var definition = DefinitionOf(context.Definition, section.Number);
            if (definition is null)
            {
                continue;
            }

            if (MarkerFinding(section, definition) is { } marker)
            {
                yield return marker;
            }

            foreach (var item in ItemFindings(section, definition))
            {
                yield return item;
            }
        }
    }

    private static SectionDefinition? DefinitionOf(ReportFormatDefinition format, int number)
    {
        foreach (var definition in format.Sections)
        {
            if (definition.Number == number)
            {
                return definition;
            }
        }

        return null;
    }

    private static Finding? MarkerFinding(ReportSection section, SectionDefinition definition)
    {
        var written = Spaces().Replace(section.Marker, string.Empty);
        var expected = definition.Numeral + "、";
        if (string.Equals(written, expected, StringComparison.Ordinal))
        {
            return null;
        }

        var where = $"第{definition.Numeral}部分“{definition.Title}”";
        var message = ListMarker.Of(written) switch
        {
            null when written.Length == 0 => $"{where}没有编号，应为“{expected}”",
            { Style: ListMarkerStyle.ChineseWithComma } m when m.Ordinal != definition.Number =>
                $"{where}的编号写作“{written}”，按顺序应为“{expected}”",
            { Style: ListMarkerStyle.ArabicWithComma } =>
                $"{where}的编号写作“{written}”，用了阿拉伯数字；六个部分应统一用中文数字“一、”至“六、”编号，此处应为“{expected}”",
            _ => $"{where}的编号写作“{written}”，六个部分应统一用“一、”至“六、”编号，此处应为“{expected}”",
        };
        return new Finding(CheckRules.Structure, FindingSeverity.Warning, new FindingLocation(section.Number, null, section.Source), message);
    }

    /// <summary>
    /// An item whose ordinal continues the previous item's sequence in another style is a style switch
    /// ("（3）" then "（四）"). A new level starts again at 1, so nested lists ("（一）… 1. … 2. … （二）")
    /// are not flagged.
    /// </summary>
    private static IEnumerable<Finding> ItemFindings(ReportSection section, SectionDefinition definition)
    {
        var seen = new List<ListMarker>();
        foreach (var paragraph in section.Paragraphs)
        {
            if (ListMarker.Of(paragraph.Text) is not { } marker)
            {
                continue;
            }

            var continuesOwn = seen.Any(m => m.Style == marker.Style && m.Ordinal == marker.Ordinal - 1);
            if (marker.Ordinal > 1 && !continuesOwn && seen.Count > 0 && seen[^1] is var last
                && last.Style != marker.Style && last.Ordinal == marker.Ordinal - 1)
            {
                var run = seen.AsEnumerable().Reverse().TakeWhile(m => m.Style == last.Style).Reverse().Select(m => $"“{m.Text}”");
                yield return new Finding(
                    CheckRules.Structure,
                    FindingSeverity.Warning,
                    new FindingLocation(section.Number, null, paragraph.Source),
                    $"第{definition.Numeral}部分的小标题编号不一致：前面是{string.Concat(run)}，接着却写成“{marker.Text}”，同一层级应使用同一种编号");
            }

            seen.Add(marker);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
