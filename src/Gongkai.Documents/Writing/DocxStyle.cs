using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Writing;

/// <summary>
/// The type and page of an official document (GB/T 9704-2012 党政机关公文格式): A4, margins
/// 37/35/28/26 mm, title in 方正小标宋简体 二号, headings in 黑体 三号, body in 仿宋_GB2312 三号,
/// tables in 仿宋_GB2312 小四 as the State Council's form sets them.
/// </summary>
internal static class DocxStyle
{
    public const string TitleFont = "方正小标宋简体";
    public const string HeadingFont = "黑体";
    public const string BodyFont = "仿宋_GB2312";

    /// <summary>Font sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt (wide tables, e.g. 四).</summary>
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

    public static RunProperties Run(string font, int halfPoints, bool bold = false)
    {
        var properties = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.InsertAt(new Bold(), 1);
        }

        return properties;
    }

    public static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues justification, bool firstLineIndent, bool bold = false)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { FirstLine = firstLineIndent ? (halfPoints * 20).ToString(System.Globalization.CultureInfo.InvariantCulture) : "0" },
            new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(Run(font, halfPoints, bold), new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    public static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont },
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault()));

    public static SectionProperties Page() => new(
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 992, Gutter = 0 });
}
