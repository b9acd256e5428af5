using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Renders Word's automatic list numbers ("一、", "（二）", "3.") that a reader sees but the paragraph
/// text does not contain: section headings of real reports are often numbered this way, directly or
/// through their paragraph style. Counters run per abstract list in document order; a level
/// restarts when a higher level advances. Bullets render as nothing; a tab suffix as nothing.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, (int Abstract, Dictionary<int, int> StartOverrides)> _instances = [];
    private readonly Dictionary<int, Dictionary<int, ListLevel>> _levels = [];
    private readonly Dictionary<string, (int? NumId, int? Ilvl, string? BasedOn)> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _overridden = [];

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var abstractNum in numbering.Elements<AbstractNum>())
            {
                if (abstractNum.AbstractNumberId?.Value is { } id)
                {
                    _levels[id] = abstractNum.Elements<Level>()
                        .Where(l => l.LevelIndex?.Value is not null)
                        .GroupBy(l => l.LevelIndex!.Value)
                        .ToDictionary(g => g.Key, g => ListLevel.Of(g.First()));
                }
            }

            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is { } numId && instance.AbstractNumId?.Val?.Value is { } abstractId)
                {
                    var overrides = instance.Elements<LevelOverride>()
                        .Where(o => o.LevelIndex?.Value is not null && o.StartOverrideNumberingValue?.Val?.Value is not null)
                        .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
                    _instances[numId] = (abstractId, overrides);
                }
            }
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                var numPr = style.StyleParagraphProperties?.NumberingProperties;
                _styles[id] = (numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value, style.BasedOn?.Val?.Value);
            }
        }
    }

    /// <summary>The number Word shows before this paragraph, or "".</summary>
    public string LabelOf(Paragraph paragraph)
    {
        if (_instances.Count == 0)
        {
            return "";
        }

        var (numId, ilvl) = NumberingOf(paragraph);
        if (numId is not { } id || !_instances.TryGetValue(id, out var instance) || !_levels.TryGetValue(instance.Abstract, out var levels))
        {
            return "";
        }

        var level = Math.Clamp(ilvl ?? 0, 0, 8);
        if (!levels.TryGetValue(level, out var definition))
        {
            return "";
        }

        var counters = Counters(id, instance, levels);
        counters[level] = counters[level] is { } n ? n + 1 : definition.Start;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = null;
        }

        if (definition.Format == "bullet" || definition.Format == "none")
        {
            return "";
        }

        var text = new StringBuilder(definition.Text);
        for (var k = 0; k <= 8; k++)
        {
            var placeholder = "%" + (k + 1).ToString(CultureInfo.InvariantCulture);
            if (definition.Text.Contains(placeholder, StringComparison.Ordinal) && levels.TryGetValue(k, out var other))
            {
                text.Replace(placeholder, DocxNumberFormat.Render(counters[k] ?? other.Start, other.Format));
            }
        }

        return text.Append(definition.Suffix == "space" ? " " : "").ToString();
    }

    private int?[] Counters(int numId, (int Abstract, Dictionary<int, int> StartOverrides) instance, Dictionary<int, ListLevel> levels)
    {
        if (!_counters.TryGetValue(instance.Abstract, out var counters))
        {
            counters = _counters[instance.Abstract] = new int?[9];
        }

        // A list instance with start overrides begins its own count the first time it is used.
        if (instance.StartOverrides.Count > 0 && _overridden.Add(numId))
        {
            foreach (var (level, start) in instance.StartOverrides)
            {
                if (level is >= 0 and <= 8)
                {
                    counters[level] = start - 1;
                }
            }
        }

        return counters;
    }

    private (int? NumId, int? Ilvl) NumberingOf(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = numPr?.NumberingId?.Val?.Value;
        int? ilvl = numPr?.NumberingLevelReference?.Val?.Value;
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; style is not null && depth < 10 && (numId is null || ilvl is null); depth++)
        {
            if (!_styles.TryGetValue(style, out var s))
            {
                break;
            }

            numId ??= s.NumId;
            ilvl ??= s.Ilvl;
            style = s.BasedOn;
        }

        return (numId is 0 ? null : numId, ilvl);
    }

    private sealed record ListLevel(int Start, string Format, string Text, string Suffix)
    {
        public static ListLevel Of(DocumentFormat.OpenXml.Wordprocessing.Level level) => new(
            level.StartNumberingValue?.Val?.Value ?? 1,
            level.NumberingFormat?.Val?.InnerText ?? "decimal",
            level.LevelText?.Val?.Value ?? "",
            level.LevelSuffix?.Val?.InnerText ?? "tab");
    }
}
