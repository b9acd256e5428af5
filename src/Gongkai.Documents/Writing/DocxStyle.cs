using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Writing;

/// <summary>
/// The type and page of an official document (GB/T 9704-2012 党政机关公文格式): A4, margins
/// 37/35/28/26 mm, title in 方正小标宋简体 二号, headings in 黑体 三号, body in 仿宋_GB2312 三号,
/// tables in 仿宋_GB2312 小四 (五号 for wide tables) — as named paragraph styles, so that an office
/// can restyle the document and every paragraph stays small.
/// </summary>
internal static class DocxStyle
{
    public const string TitleFont = "方正小标宋简体";
    public const string HeadingFont = "黑体";
    public const string BodyFont = "仿宋_GB2312";

    /// <summary>Style ids.</summary>
    public const string Title = "GongkaiTitle";
    public const string Heading = "GongkaiHeading";
    public const string Body = "GongkaiBody";
    public const string TableText = "GongkaiTable";
    public const string TableLabel = "GongkaiTableLabel";
    public const string WideTableText = "GongkaiTableWide";
    public const string WideTableLabel = "GongkaiTableWideLabel";

    /// <summary>Font sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt.</summary>
    public const int TitleSize = 44;
    public const int BodySize = 32;
    public const int TableSize = 24;
    public const int WideTableSize = 21;

    /// <summary>A4 in twips (1/20 pt): 210 × 297 mm.</summary>
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;

    /// <summary>Margins in twips: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.</summary>
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const int MarginLeft = 1588;
    public const int MarginRight = 1474;

    /// <summary>The type area's width: 156 mm.</summary>
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>A paragraph of the given style; an empty text gives an empty paragraph.</summary>
    public static Paragraph Paragraph(string text, string style)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    public static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(BodyFont),
                new FontSize { Val = Half(BodySize) },
                new FontSizeComplexScript { Val = Half(BodySize) },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault()),
        Style(Body, "正文（仿宋_GB2312 三号）", BodyFont, BodySize, JustificationValues.Both, firstLineIndent: true, isDefault: true),
        Style(Title, "标题（方正小标宋简体 二号）", TitleFont, TitleSize, JustificationValues.Center, firstLineIndent: false),
        Style(Heading, "一级标题（黑体 三号）", HeadingFont, BodySize, JustificationValues.Both, firstLineIndent: true, outline: 0),
        Style(TableText, "表格（仿宋_GB2312 小四）", BodyFont, TableSize, JustificationValues.Center, firstLineIndent: false, table: true),
        Style(TableLabel, "表格行标题（仿宋_GB2312 小四）", BodyFont, TableSize, JustificationValues.Left, firstLineIndent: false, table: true),
        Style(WideTableText, "宽表格（仿宋_GB2312 五号）", BodyFont, WideTableSize, JustificationValues.Center, firstLineIndent: false, table: true),
        Style(WideTableLabel, "宽表格行标题（仿宋_GB2312 五号）", BodyFont, WideTableSize, JustificationValues.Left, firstLineIndent: false, table: true));

    public static SectionProperties Page() => new(
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 992, Gutter = 0 });

    private static Style Style(string id, string name, string font, int size, JustificationValues justification, bool firstLineIndent, bool isDefault = false, int? outline = null, bool table = false)
    {
        var paragraph = new StyleParagraphProperties(
            table
                ? new SpacingBetweenLines { Before = "0", After = "0", Line = "300", LineRule = LineSpacingRuleValues.AtLeast }
                : new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { FirstLine = firstLineIndent ? Half(size * 20) : "0" },
            new Justification { Val = justification });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(Fonts(font), new FontSize { Val = Half(size) }, new FontSizeComplexScript { Val = Half(size) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = isDefault ? true : null,
        };
    }

    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };

    private static string Half(int value) => value.ToString(CultureInfo.InvariantCulture);
}
