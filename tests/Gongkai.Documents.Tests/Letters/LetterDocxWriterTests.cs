using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Letters;
using Gongkai.Domain.Letters;
using Gongkai.Domain.Requests;

namespace Gongkai.Documents.Tests.Letters;

public class LetterDocxWriterTests
{
    private static readonly LetterIssuer Issuer = new("新郑市新建路街道办事处", "党政办公室", "新郑市人民路", "0371-62593612", "新郑市人民政府");

    [Fact(DisplayName = "文书 DOCX 用 A4 纸和公文边距（天头37、下35、订口28、右26毫米）")]
    public void Docx_HasOfficialPage()
    {
        using var document = Open(Reply("withheld_state_secret"));
        var page = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();

        Assert.Equal((11906u, 16838u), (page.GetFirstChild<PageSize>()!.Width!.Value, page.GetFirstChild<PageSize>()!.Height!.Value));
        var margin = page.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1588u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact(DisplayName = "标题为方正小标宋简体二号居中，机关全称与文种分两行；正文为仿宋_GB2312三号")]
    public void Docx_HasOfficialFonts()
    {
        var letter = Reply("disclosed");
        using var document = Open(letter);
        var paragraphs = Paragraphs(document);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        Assert.Equal(letter.Title, paragraphs[0].InnerText);
        Assert.Single(paragraphs[0].Descendants<Break>());
        Assert.Equal(("方正小标宋简体", "44"), FontOf(styles, paragraphs[0]));
        Assert.Equal(JustificationValues.Center, StyleOf(styles, paragraphs[0]).StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.All(paragraphs.Skip(1), p => Assert.Equal(("仿宋_GB2312", "32"), FontOf(styles, p)));
    }

    [Fact(DisplayName = "文号居右于标题下，收件人顶格并以全角冒号结束，正文在其后")]
    public void Docx_HasNumberAddresseeAndBodyInOrder()
    {
        var letter = Reply("unable_not_held");
        using var document = Open(letter);
        var paragraphs = Paragraphs(document);

        Assert.Equal("新郑市新建路街道公开答〔2026〕5号", paragraphs[1].InnerText);
        Assert.Equal(JustificationValues.Right, paragraphs[1].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("张三：", paragraphs[2].InnerText);
        Assert.Equal("0", paragraphs[2].ParagraphProperties!.Indentation!.FirstLine!.Value);
        Assert.Equal(letter.Body, paragraphs.Skip(3).Take(letter.Body.Count).Select(p => p.InnerText));
    }

    [Fact(DisplayName = "不予公开答复书载明法律依据、理由和复议前置的救济途径原文")]
    public void Docx_HasBasisReasonsAndTheExactRemedyClause()
    {
        using var document = Open(Reply("withheld_state_secret"));
        var texts = Paragraphs(document).Select(p => p.InnerText).ToList();

        Assert.Contains(texts, t => t.Contains("根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。", StringComparison.Ordinal));
        Assert.Contains("理由如下：该文件已由定密责任人确定为秘密级国家秘密，保密期限10年。", texts);
        Assert.Contains(
            "如对本答复中不予公开的决定不服，依照《中华人民共和国行政复议法》第二十三条的规定，应当先自收到本答复之日起60日内向新郑市人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。",
            texts);
        Assert.Contains("联系机构：党政办公室；联系电话：0371-62593612；通信地址：新郑市人民路。", texts);
    }

    [Fact(DisplayName = "落款：机关名称居中于日期之上，日期右空四字，日期用阿拉伯数字")]
    public void Docx_SignOffSitsOverTheDateFourCharactersFromTheRight()
    {
        using var document = Open(Reply("disclosed"));
        var paragraphs = Paragraphs(document);
        var (name, date) = (paragraphs[^2], paragraphs[^1]);

        Assert.Equal("新郑市新建路街道办事处", name.InnerText);
        Assert.Equal("2026年3月20日", date.InnerText);
        Assert.Equal("1280", date.ParagraphProperties!.Indentation!.Right!.Value);
        Assert.Equal(JustificationValues.Right, date.ParagraphProperties.Justification!.Val!.Value);
        // Name 11 characters (3520 twips), date 3 characters and 7 digits (2080 twips): centred over the date.
        Assert.Equal("560", name.ParagraphProperties!.Indentation!.Right!.Value);
    }

    [Fact(DisplayName = "页码为“— 1 —”，四号宋体，单页居右、双页居左")]
    public void Docx_HasPageNumbersOnOuterEdges()
    {
        using var document = Open(Reply("disclosed"));
        var main = document.MainDocumentPart!;
        var page = main.Document!.Body!.Elements<SectionProperties>().Single();
        var footers = page.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => (FooterPart)main.GetPartById(r.Id!.Value!));

        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        Assert.Equal(JustificationValues.Right, footers[HeaderFooterValues.Default].Footer!.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal(JustificationValues.Left, footers[HeaderFooterValues.Even].Footer!.Descendants<Justification>().Single().Val!.Value);
        Assert.Contains("PAGE", footers[HeaderFooterValues.Default].Footer!.Descendants<FieldCode>().Single().Text, StringComparison.Ordinal);
        Assert.Equal("— 1 —", footers[HeaderFooterValues.Default].Footer!.InnerText.Replace(" PAGE ", string.Empty, StringComparison.Ordinal));
        Assert.All(footers[HeaderFooterValues.Default].Footer!.Descendants<RunFonts>(), f => Assert.Equal("宋体", f.EastAsia!.Value));
    }

    [Theory(DisplayName = "补正、延期、征询文书不附救济途径，正文和落款齐全")]
    [InlineData(LetterKind.CorrectionNotice)]
    [InlineData(LetterKind.ExtensionNotice)]
    [InlineData(LetterKind.ThirdPartyConsultation)]
    public void ProceduralLetters_HaveNoRemedyClause(LetterKind kind)
    {
        var letter = LetterComposer.Compose(Facts(kind), Issuer).Value;
        using var document = Open(letter);
        var texts = Paragraphs(document).Select(p => p.InnerText).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("行政复议", StringComparison.Ordinal));
        Assert.Contains(letter.Body[^1], texts);
        Assert.Equal("2026年3月20日", texts[^1]);
    }

    private static Letter Reply(string disposition) => LetterComposer.Compose(
        Facts(LetterKind.Reply) with
        {
            Disposition = Disposition.Parse(disposition),
            Number = "新郑市新建路街道公开答〔2026〕5号",
            Particulars = disposition == "withheld_state_secret" ? "该文件已由定密责任人确定为秘密级国家秘密，保密期限10年" : "本机关检索了2025年度收文、发文档案",
        },
        Issuer).Value;

    private static LetterFacts Facts(LetterKind kind) => new()
    {
        Kind = kind,
        Number = LetterNumber.Format("新郑市新建路街道", kind, 2026, 1),
        IssuedOn = new DateOnly(2026, 3, 20),
        ApplicantName = "张三",
        ReceivedOn = new DateOnly(2026, 3, 2),
        Channel = RequestChannel.Post,
        Description = "2025年辖区道路维修合同",
        Particulars = "所需信息的名称",
        Until = new DateOnly(2026, 4, 10),
        WorkingDays = 20,
        ThirdParty = "郑州某某建设有限公司",
    };

    private static WordprocessingDocument Open(Letter letter) =>
        WordprocessingDocument.Open(new MemoryStream(LetterDocxWriter.ToBytes(letter)), isEditable: false);

    private static List<Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Where(p => p.InnerText.Length > 0).ToList();

    private static Style StyleOf(Styles styles, Paragraph paragraph) =>
        styles.Elements<Style>().Single(s => s.StyleId == paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value);

    private static (string?, string?) FontOf(Styles styles, Paragraph paragraph)
    {
        var run = StyleOf(styles, paragraph).StyleRunProperties!;
        return (run.RunFonts?.EastAsia?.Value, run.FontSize?.Val?.Value);
    }
}
