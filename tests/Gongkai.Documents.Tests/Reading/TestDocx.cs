using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Builds small DOCX files in memory with the Open XML SDK, the way Word writes them.</summary>
internal static class TestDocx
{
    public static byte[] Build(params OpenXmlElement[] bodyContent) => Build(numbered: false, bodyContent);

    /// <summary>
    /// With a list "一、" / "（一）" / "1." (num 1) whose first level the style "SectionHeading" uses,
    /// as Word's outline-numbered headings do.
    /// </summary>
    public static byte[] BuildNumbered(params OpenXmlElement[] bodyContent) => Build(numbered: true, bodyContent);

    /// <summary>A paragraph in the numbered heading style.</summary>
    public static Paragraph Heading(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "SectionHeading" }), R(text));

    /// <summary>A paragraph numbered directly at a level of list 1.</summary>
    public static Paragraph Numbered(int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })), R(text));

    private static byte[] Build(bool numbered, OpenXmlElement[] bodyContent)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(bodyContent);
            body.Append(new SectionProperties());
            main.Document = new Document(body);
            if (numbered)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                    new AbstractNum(
                        ListLevel(0, NumberFormatValues.ChineseCounting, "%1、", LevelSuffixValues.Nothing),
                        ListLevel(1, NumberFormatValues.ChineseCounting, "（%2）", LevelSuffixValues.Nothing),
                        ListLevel(2, NumberFormatValues.Decimal, "%3.", LevelSuffixValues.Tab))
                    { AbstractNumberId = 0 },
                    new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                    new Style(
                        new StyleName { Val = "Section heading" },
                        new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })))
                    { Type = StyleValues.Paragraph, StyleId = "SectionHeading" });
            }

            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para("页眉文字不应读出"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Para("第 1 页"));
        }

        return stream.ToArray();
    }

    private static Level ListLevel(int index, NumberFormatValues format, string text, LevelSuffixValues suffix) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelSuffix { Val = suffix }, new LevelText { Val = text })
        { LevelIndex = index };

    /// <summary>A paragraph of plain runs, or of the given runs and marks.</summary>
    public static Paragraph Para(params object[] content) =>
        new(content.Select(item => item switch
        {
            string text => (OpenXmlElement)R(text),
            OpenXmlElement element => element,
            _ => throw new ArgumentException("string or element", nameof(content)),
        }));

    public static Run R(string text) => new(new RunProperties(new RunFonts { EastAsia = "仿宋_GB2312" }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Tab() => new(new TabChar());

    public static Run SoftBreak() => new(new Break());

    public static BookmarkStart BookmarkStart(string name) => new() { Name = name, Id = "0" };

    public static BookmarkEnd BookmarkEnd() => new() { Id = "0" };

    public static ProofError Proofing() => new() { Type = ProofingErrorValues.SpellStart };

    /// <summary>A complex field: begin, instruction, separate, result, end — in five runs.</summary>
    public static OpenXmlElement[] Field(string instruction, string result) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        R(result),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    public static DeletedRun Deleted(string text) => new(new Run(new DeletedText(text)));

    public static SdtRun ContentControlRun(string text) => new(new SdtProperties(new SdtAlias { Val = "金额" }), new SdtContentRun(R(text)));

    public static SdtBlock ContentControlBlock(params OpenXmlElement[] blocks) => new(new SdtProperties(new SdtAlias { Val = "正文" }), new SdtContentBlock(blocks));

    public static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A cell of paragraphs and/or tables; strings become paragraphs.</summary>
    public static TableCell Cell(params object[] content) => MergedCell(1, null, content);

    public static TableCell Span(int gridSpan, params object[] content) => MergedCell(gridSpan, null, content);

    /// <summary>The first cell of a vertical merge.</summary>
    public static TableCell Restart(int gridSpan, params object[] content) => MergedCell(gridSpan, MergedCellValues.Restart, content);

    /// <summary>A cell continuing the vertical merge above it.</summary>
    public static TableCell Continue(int gridSpan = 1) => MergedCell(gridSpan, MergedCellValues.Continue, []);

    private static TableCell MergedCell(int gridSpan, MergedCellValues? vMerge, object[] content)
    {
        var properties = new TableCellProperties();
        if (gridSpan > 1)
        {
            properties.Append(new GridSpan { Val = gridSpan });
        }

        if (vMerge is { } merge)
        {
            properties.Append(merge == MergedCellValues.Continue ? new VerticalMerge() : new VerticalMerge { Val = merge });
        }

        var cell = new TableCell(properties);
        foreach (var item in content)
        {
            cell.Append(item switch
            {
                string text => Para(text),
                OpenXmlElement element => element,
                _ => throw new ArgumentException("string or element", nameof(content)),
            });
        }

        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }
}
