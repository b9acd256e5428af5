using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Letters;

namespace Gongkai.Documents.Letters;

/// <summary>
/// Writes an official letter as a Word document in the plain GB/T 9704-2012 layout (letters.md §5): A4 with
/// margins 37/35/28/26 mm, the title in 方正小标宋简体 二号 centred, the 发文字号 flush right under it, the addressee
/// flush left with a full-width colon, the body in 仿宋_GB2312 三号 indented two characters, then the sign-off
/// (agency name centred over the date, the date four characters from the right) with room for the seal above, and
/// page numbers "— 1 —" in 宋体 四号 (odd pages right, even pages left, one character in).
/// </summary>
public static class LetterDocxWriter
{
    /// <summary>One character of 三号 (16 pt) in twips.</summary>
    private const int Character = 320;

    /// <summary>The media type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The letter as .docx bytes.</summary>
    public static byte[] ToBytes(Letter letter)
    {
        using var buffer = new MemoryStream();
        Write(letter, buffer);
        return buffer.ToArray();
    }

    /// <summary>A file name for the letter, e.g. 政府信息公开申请答复书（新建路公开答〔2026〕3号）.docx.</summary>
    public static string FileName(Letter letter) => $"{letter.KindTitle}（{letter.Number}）.docx";

    /// <summary>Writes the letter to <paramref name="output"/>.</summary>
    public static void Write(Letter letter, Stream output)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyle.Styles();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new EvenAndOddHeaders());
            var oddFooter = main.AddNewPart<FooterPart>();
            oddFooter.Footer = PageNumberFooter(JustificationValues.Right);
            var evenFooter = main.AddNewPart<FooterPart>();
            evenFooter.Footer = PageNumberFooter(JustificationValues.Left);

            var body = new Body(Title(letter), Plain(letter.Number, JustificationValues.Right), Empty(), Plain(letter.Addressee + "：", JustificationValues.Left));
            foreach (var paragraph in letter.Paragraphs)
            {
                body.Append(DocxStyle.Paragraph(paragraph, DocxStyle.Body));
            }

            // Room for the seal, which presses on the name and the date (GB/T 9704 §7.3.5.1).
            body.Append(Empty(), Empty());
            body.Append(SignOff(letter.Signature, RightIndentOfName(letter.Signature, letter.DateText)));
            body.Append(SignOff(letter.DateText, 4 * Character));

            var page = DocxStyle.Page();
            page.PrependChild(new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(evenFooter) });
            page.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(oddFooter) });
            body.Append(page);
            main.Document = new Document(body);
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>
    /// The name is centred over the date, which ends four characters from the right margin: its right indent is
    /// the date's plus half the difference of their widths (CJK characters are one em, digits half).
    /// </summary>
    internal static int RightIndentOfName(string name, string date) =>
        Math.Max(0, (4 * Character) + ((Width(date) - Width(name)) / 2));

    private static int Width(string text) => text.Sum(c => c < 0x2E80 ? Character / 2 : Character);

    /// <summary>标题: the agency's name and the letter's name on two lines (a trapezoid).</summary>
    private static Paragraph Title(Letter letter)
    {
        var title = DocxStyle.Paragraph(string.Empty, DocxStyle.Title);
        title.Append(new Run(new Text(letter.IssuerName)), new Run(new Break(), new Text(letter.KindTitle)));
        return title;
    }

    private static Paragraph Empty() => DocxStyle.Paragraph(string.Empty, DocxStyle.Body);

    /// <summary>A body-font line without the first-line indent, aligned as given (文号, addressee).</summary>
    private static Paragraph Plain(string text, JustificationValues justification)
    {
        var paragraph = DocxStyle.Paragraph(text, DocxStyle.Body);
        paragraph.ParagraphProperties!.Append(new Indentation { FirstLine = "0" }, new Justification { Val = justification });
        return paragraph;
    }

    private static Paragraph SignOff(string text, int rightIndent)
    {
        var paragraph = DocxStyle.Paragraph(text, DocxStyle.Body);
        paragraph.ParagraphProperties!.Append(
            new Indentation { FirstLine = "0", Right = rightIndent.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = JustificationValues.Right });
        return paragraph;
    }

    /// <summary>"— 1 —" in 宋体 四号, one character in from the outer edge (GB/T 9704 §7.5).</summary>
    private static Footer PageNumberFooter(JustificationValues side)
    {
        var indent = side == JustificationValues.Right ? new Indentation { Right = "280" } : new Indentation { Left = "280" };
        var paragraph = new Paragraph(new ParagraphProperties(indent, new Justification { Val = side }));
        paragraph.Append(
            PageRun(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            PageRun(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            PageRun(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            PageRun(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            PageRun(new Text("1")),
            PageRun(new FieldChar { FieldCharType = FieldCharValues.End }),
            PageRun(new Text(" —") { Space = SpaceProcessingModeValues.Preserve }));
        return new Footer(paragraph);
    }

    private static Run PageRun(OpenXmlElement content) => new(
        new RunProperties(
            new RunFonts { Ascii = "宋体", HighAnsi = "宋体", EastAsia = "宋体" },
            new FontSize { Val = "28" },
            new FontSizeComplexScript { Val = "28" }),
        content);
}
