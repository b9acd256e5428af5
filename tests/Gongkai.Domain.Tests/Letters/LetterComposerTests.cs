using Gongkai.Domain.Letters;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Letters;

public class LetterComposerTests
{
    [Theory(DisplayName = "每种文书以机关全称加文种为标题，以申请人（或第三方）为收件人，以机关名义落款")]
    [InlineData(LetterKind.CorrectionNotice, "新郑市新建路街道办事处政府信息公开申请补正告知书", "张三")]
    [InlineData(LetterKind.ExtensionNotice, "新郑市新建路街道办事处政府信息公开申请延期答复告知书", "张三")]
    [InlineData(LetterKind.ThirdPartyConsultation, "新郑市新建路街道办事处政府信息公开第三方意见征询函", "郑州某某建设有限公司")]
    [InlineData(LetterKind.FeeNotice, "新郑市新建路街道办事处政府信息公开信息处理费收费通知书", "张三")]
    [InlineData(LetterKind.Reply, "新郑市新建路街道办事处政府信息公开申请答复书", "张三")]
    public void EveryLetter_HasTitleAddresseeAndSignOff(LetterKind kind, string title, string addressee)
    {
        var letter = LetterComposer.Compose(LetterSamples.Facts(kind), LetterSamples.Issuer).Value;

        Assert.Equal(title, letter.Title);
        Assert.Equal(addressee, letter.Addressee);
        Assert.Equal("新郑市新建路街道办事处", letter.Signature);
        Assert.Equal("2026年3月20日", letter.DateText);
        Assert.Matches("^新郑市新建路街道公开.〔2026〕3号$", letter.Number);
        Assert.Contains("2026年3月2日", letter.Body[0], StringComparison.Ordinal);
        Assert.Contains("联系电话：0371-62593612", letter.Contact, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "答复书和收费通知书附救济途径；补正、延期、征询文书是程序性文书，不附")]
    [InlineData(LetterKind.CorrectionNotice, false)]
    [InlineData(LetterKind.ExtensionNotice, false)]
    [InlineData(LetterKind.ThirdPartyConsultation, false)]
    [InlineData(LetterKind.FeeNotice, true)]
    [InlineData(LetterKind.Reply, true)]
    public void RemedyClause_OnlyWhereTheLetterDecides(LetterKind kind, bool hasClause) =>
        Assert.Equal(hasClause, LetterComposer.Compose(LetterSamples.Facts(kind) with { ServedElectronically = false }, LetterSamples.Issuer).Value.RemedyClause is not null);

    [Theory(DisplayName = "每种文书写明法律依据和必备内容")]
    [InlineData(LetterKind.CorrectionNotice, "第三十条", "视为放弃申请")]
    [InlineData(LetterKind.CorrectionNotice, "第三十条", "请于2026年4月10日前")]
    [InlineData(LetterKind.ExtensionNotice, "第三十三条第二款", "答复期限延长20个工作日，本机关将于2026年4月28日前作出答复")]
    [InlineData(LetterKind.ExtensionNotice, "第三十三条第二款", "政府信息公开工作机构负责人同意")]
    [InlineData(LetterKind.ThirdPartyConsultation, "第三十二条", "自收到本函之日起15个工作日内")]
    [InlineData(LetterKind.ThirdPartyConsultation, "第十五条", "逾期未提出意见的，由本机关")]
    [InlineData(LetterKind.FeeNotice, "第四十二条", "人民币100.00元")]
    [InlineData(LetterKind.FeeNotice, "第四十二条", "请于2026年4月17日前缴纳")]
    [InlineData(LetterKind.FeeNotice, "第四十二条", "视为放弃申请")]
    [InlineData(LetterKind.Reply, "第三十六条第（二）项", "本机关予以公开")]
    public void EveryLetter_StatesItsBasisAndMandatoryContent(LetterKind kind, string provision, string content)
    {
        var letter = LetterComposer.Compose(LetterSamples.Facts(kind), LetterSamples.Issuer).Value;

        Assert.Contains("《中华人民共和国政府信息公开条例》" + provision, letter.LegalBasis);
        Assert.Contains(letter.Body, p => p.Contains(content, StringComparison.Ordinal));
    }

    [Theory(DisplayName = "缺少必备内容的文书不能出具")]
    [InlineData(LetterKind.CorrectionNotice, "particulars", "需要补正的事项")]
    [InlineData(LetterKind.CorrectionNotice, "until", "补正期限")]
    [InlineData(LetterKind.ExtensionNotice, "until", "延长后的答复期限")]
    [InlineData(LetterKind.ExtensionNotice, "days", "20个工作日")]
    [InlineData(LetterKind.ExtensionNotice, "particulars", "理由")]
    [InlineData(LetterKind.ThirdPartyConsultation, "third", "第三方名称")]
    [InlineData(LetterKind.ThirdPartyConsultation, "particulars", "征询事由")]
    [InlineData(LetterKind.FeeNotice, "amount", "收费金额")]
    [InlineData(LetterKind.FeeNotice, "until", "缴费期限")]
    [InlineData(LetterKind.FeeNotice, "particulars", "计收方式")]
    [InlineData(LetterKind.Reply, "disposition", "办理结果")]
    [InlineData(LetterKind.Reply, "number", "发文字号")]
    public void MissingElement_IsRefused(LetterKind kind, string missing, string reason)
    {
        var facts = LetterSamples.Facts(kind);
        facts = missing switch
        {
            "particulars" => facts with { Particulars = "" },
            "until" => facts with { Until = null },
            "days" => facts with { WorkingDays = 21 },
            "third" => facts with { ThirdParty = " " },
            "amount" => facts with { FeeAmount = 0m },
            "disposition" => facts with { Disposition = null },
            _ => facts with { Number = "" },
        };

        var result = LetterComposer.Compose(facts, LetterSamples.Issuer);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "未设置复议机关的，答复书和收费通知书不能出具（救济途径不完整）")]
    [InlineData(LetterKind.Reply, false)]
    [InlineData(LetterKind.FeeNotice, false)]
    [InlineData(LetterKind.CorrectionNotice, true)]
    public void NoReviewBody_BlocksLettersWithARemedyClause(LetterKind kind, bool issued)
    {
        var result = LetterComposer.Compose(LetterSamples.Facts(kind), LetterSamples.Issuer with { ReviewBody = null });

        Assert.Equal(issued, result.IsSuccess);
        Assert.True(issued || result.Refusal!.Contains("行政复议机关", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "通过互联网送达而未设置网上复议渠道的，不能出具（行政复议法第二十二条第二款）")]
    public void ElectronicServiceWithoutOnlineChannel_IsRefused()
    {
        var result = LetterComposer.Compose(LetterSamples.Facts(LetterKind.Reply) with { ServedElectronically = true }, LetterSamples.Issuer with { OnlineReviewChannel = "" });

        Assert.False(result.IsSuccess);
        Assert.Contains("第二十二条第二款", result.Refusal, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "成文日期早于收到申请之日的，不能出具")]
    public void LetterBeforeReceipt_IsRefused() =>
        Assert.False(LetterComposer.Compose(LetterSamples.Facts(LetterKind.Reply) with { IssuedOn = new DateOnly(2026, 3, 1) }, LetterSamples.Issuer).IsSuccess);

    [Fact(DisplayName = "答复书按案卷记载写明补正、延期、征求意见和缴费的日期")]
    public void Reply_RecountsTheProcedureFromTheRecord()
    {
        var steps = new[]
        {
            RequestEvent.CorrectionRequested(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 18)),
            RequestEvent.CorrectionReceived(new DateOnly(2026, 3, 6)),
            RequestEvent.ConsultationStarted(new DateOnly(2026, 3, 9), ConsultationKind.ThirdParty),
            RequestEvent.ConsultationEnded(new DateOnly(2026, 3, 13)),
            RequestEvent.Extended(new DateOnly(2026, 3, 16), 10, "李四"),
        };
        var letter = LetterComposer.Compose(LetterSamples.Facts(LetterKind.Reply) with { EarlierSteps = steps }, LetterSamples.Issuer).Value;

        Assert.Equal("本机关于2026年3月4日向您发出补正告知，于2026年3月6日收到您补正后的申请，答复期限自该日起计算。", letter.Body[1]);
        Assert.Equal("本机关于2026年3月9日书面征求第三方意见，征求意见于2026年3月13日结束，所需时间不计算在答复期限内。", letter.Body[2]);
        Assert.Equal("经本机关政府信息公开工作机构负责人同意，本机关于2026年3月16日告知您延长答复期限10个工作日。", letter.Body[3]);
    }

    [Fact(DisplayName = "征询函不向第三方透露申请人的姓名")]
    public void Consultation_DoesNotNameTheApplicant()
    {
        var letter = LetterComposer.Compose(LetterSamples.Facts(LetterKind.ThirdPartyConsultation), LetterSamples.Issuer).Value;

        Assert.DoesNotContain(letter.Paragraphs, p => p.Contains("张三", StringComparison.Ordinal));
    }
}
