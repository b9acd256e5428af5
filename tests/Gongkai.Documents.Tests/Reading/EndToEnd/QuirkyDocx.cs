using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading.EndToEnd;

/// <summary>
/// A report written in the official DOCX layout, then edited the way real files arrive: numbers
/// split across runs with a bookmark and a proofing mark between the pieces, the table of section 三
/// wrapped in a one-cell layout table, a paragraph inside a content control, a field with an
/// empty result, section numerals from an automatic list instead of typed text.
/// </summary>
internal static class QuirkyDocx
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];

    public static byte[] Write(AnnualReport report)
    {
        using var stream = new MemoryStream();
        DocxReportWriter.Write(report, stream);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            SplitNumbers(body);
            WrapInLayoutTable(body.Elements<Table>().ElementAt(1));
            WrapInContentControl(body.Elements<Paragraph>().Skip(2).First(p => p.InnerText.Length > 0));
            AddPageField(body);
            NumberHeadings(document.MainDocumentPart, body);
            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Every number of three or more characters becomes two runs: "11" + "86.1878".</summary>
    private static void SplitNumbers(Body body)
    {
        foreach (var run in body.Descendants<TableCell>().SelectMany(c => c.Descendants<Run>()).ToList())
        {
            var text = run.GetFirstChild<Text>()?.Text ?? "";
            if (text.Length < 3 || !decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            var second = (Run)run.CloneNode(true);
            run.GetFirstChild<Text>()!.Text = text[..2];
            second.GetFirstChild<Text>()!.Text = text[2..];
            run.InsertAfterSelf<OpenXmlElement>(new BookmarkStart { Name = "_GoBack", Id = "9" });
            run.NextSibling()!.InsertAfterSelf<OpenXmlElement>(new ProofError { Type = ProofingErrorValues.SpellStart });
            run.NextSibling()!.NextSibling()!.InsertAfterSelf(second);
            second.InsertAfterSelf<OpenXmlElement>(new BookmarkEnd { Id = "9" });
        }
    }

    private static void WrapInLayoutTable(Table table)
    {
        var layout = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(new GridColumn { Width = "8844" }));
        table.InsertBeforeSelf(layout);
        table.Remove();
        layout.Append(new TableRow(new TableCell(new TableCellProperties(), table, new Paragraph())));
    }

    private static void WrapInContentControl(Paragraph paragraph)
    {
        var sdt = new SdtBlock(new SdtProperties(new SdtAlias { Val = "正文" }), new SdtContentBlock());
        paragraph.InsertBeforeSelf(sdt);
        paragraph.Remove();
        sdt.SdtContentBlock!.Append(paragraph);
    }

    /// <summary>Section headings "一、…" lose their typed numeral and get it from an automatic list instead.</summary>
    private static void NumberHeadings(MainDocumentPart main, Body body)
    {
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            new AbstractNum(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
                new LevelSuffix { Val = LevelSuffixValues.Nothing },
                new LevelText { Val = "%1、" })
            { LevelIndex = 0 })
            { AbstractNumberId = 7 },
            new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 3 });
        foreach (var paragraph in body.Elements<Paragraph>().Where(p => Numerals.Any(n => p.InnerText.StartsWith(n + "、", StringComparison.Ordinal))))
        {
            var text = paragraph.Descendants<Text>().First();
            text.Text = text.Text[2..];
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 });
        }
    }

    private static void AddPageField(Body body)
    {
        var last = body.Elements<Paragraph>().Last(p => p.InnerText.Length > 0);
        last.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" DOCPROPERTY Company ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }
}
