using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

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

    /// <summary>The lists of numbering.xml and the list numbering of the styles in styles.xml (either may be null).</summary>
    public DocxNumbering(XDocument? numbering, Func<XDocument?> styles)
    {
        var root = numbering?.Root;
        if (root is not null)
        {
            foreach (var abstractNum in Children(root, "abstractNum"))
            {
                if (Number(abstractNum, "abstractNumId") is { } id)
                {
                    _levels[id] = Children(abstractNum, "lvl")
                        .Where(l => Number(l, "ilvl") is not null)
                        .GroupBy(l => Number(l, "ilvl")!.Value)
                        .ToDictionary(g => g.Key, g => ListLevel.Of(g.First()));
                }
            }

            foreach (var instance in Children(root, "num"))
            {
                if (Number(instance, "numId") is { } numId && Number(Child(instance, "abstractNumId"), "val") is { } abstractId)
                {
                    var overrides = Children(instance, "lvlOverride")
                        .Where(o => Number(o, "ilvl") is not null && Number(Child(o, "startOverride"), "val") is not null)
                        .GroupBy(o => Number(o, "ilvl")!.Value)
                        .ToDictionary(g => g.Key, g => Number(Child(g.First(), "startOverride"), "val")!.Value);
                    _instances[numId] = (abstractId, overrides);
                }
            }
        }

        if (_instances.Count == 0)
        {
            // Without lists no paragraph is numbered: styles.xml is not even read.
            return;
        }

        foreach (var style in Children(styles()?.Root, "style"))
        {
            if (Text(style, "styleId") is { } id)
            {
                var numPr = Child(Child(style, "pPr"), "numPr");
                _styles[id] = (Number(Child(numPr, "numId"), "val"), Number(Child(numPr, "ilvl"), "val"), Text(Child(style, "basedOn"), "val"));
            }
        }
    }

    /// <summary>The number Word shows before this paragraph, or "".</summary>
    public string LabelOf(ParagraphNumbering paragraph)
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

    private (int? NumId, int? Ilvl) NumberingOf(ParagraphNumbering paragraph)
    {
        var (numId, ilvl, style) = paragraph;
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

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName && DocxXml.IsWord(e.Name.NamespaceName)) ?? [];

    private static XElement? Child(XElement? parent, string localName) => Children(parent, localName).FirstOrDefault();

    private static string? Text(XElement? element, string attribute) =>
        element?.Attributes().FirstOrDefault(a => a.Name.LocalName == attribute && DocxXml.IsWord(a.Name.NamespaceName))?.Value;

    private static int? Number(XElement? element, string attribute) => DocxXml.Number(Text(element, attribute));

    /// <summary>What a paragraph's w:pPr says about its list: w:numPr (w:numId, w:ilvl) and w:pStyle.</summary>
    internal readonly record struct ParagraphNumbering(int? NumId, int? Ilvl, string? Style)
    {
        /// <summary>Reads the w:pPr the reader is on; the reader ends after it.</summary>
        public static ParagraphNumbering Read(XmlReader reader)
        {
            int? numId = null, ilvl = null;
            string? style = null;
            var depth = reader.Depth;
            if (DocxXml.Enter(reader))
            {
                while (DocxXml.NextChild(reader, depth))
                {
                    if (DocxXml.Is(reader, "pStyle"))
                    {
                        style ??= DocxXml.Val(reader);
                        reader.Skip();
                    }
                    else if (DocxXml.Is(reader, "numPr"))
                    {
                        var inner = reader.Depth;
                        if (DocxXml.Enter(reader))
                        {
                            while (DocxXml.NextChild(reader, inner))
                            {
                                if (DocxXml.Is(reader, "numId"))
                                {
                                    numId ??= DocxXml.Number(DocxXml.Val(reader));
                                }
                                else if (DocxXml.Is(reader, "ilvl"))
                                {
                                    ilvl ??= DocxXml.Number(DocxXml.Val(reader));
                                }

                                reader.Skip();
                            }
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }

            return new ParagraphNumbering(numId, ilvl, style);
        }
    }

    private sealed record ListLevel(int Start, string Format, string Text, string Suffix)
    {
        public static ListLevel Of(XElement level) => new(
            Number(Child(level, "start"), "val") ?? 1,
            DocxNumbering.Text(Child(level, "numFmt"), "val") ?? "decimal",
            DocxNumbering.Text(Child(level, "lvlText"), "val") ?? "",
            DocxNumbering.Text(Child(level, "suff"), "val") ?? "tab");
    }
}
