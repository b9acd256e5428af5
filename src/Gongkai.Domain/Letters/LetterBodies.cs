using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Letters;

/// <summary>The body of each letter kind (letters.md §2.2–2.7), with its own mandatory elements checked.</summary>
internal static class LetterBodies
{
    private const string Regulation = Citation.Regulation;

    /// <summary>补正告知书 (Art. 30): the defects once and completely, a deadline as a date, the two statutory effects.</summary>
    public static Result<LetterBody> Correction(LetterFacts facts, LetterIssuer issuer)
    {
        if (Missing(facts.Particulars))
        {
            return Result.Refused<LetterBody>("补正告知书应当一次性说明需要补正的事项（条例第三十条），请填写需要补正的事项。");
        }

        if (facts.Until is not { } until || until <= facts.IssuedOn)
        {
            return Result.Refused<LetterBody>("补正告知书应当载明合理的补正期限（条例第三十条），请填写晚于告知日期的补正期限。");
        }

        return Result.Success(new LetterBody(
            [
                LetterComposer.Recap(facts, toApplicant: true),
                $"经审查，您的申请内容不明确。根据{Regulation}第三十条的规定，现一次性告知您对以下事项作出补正：{Sentence(facts.Particulars!)}",
                $"补正时，请写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述（{Regulation}第二十九条第二款第（二）项）。",
                $"请于{ChineseDate.Format(until)}前将补正后的申请通过原申请渠道提交，或者送交本机关{Office(issuer)}。答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
                "特此告知。",
            ],
            [Citation.OfRegulation("第三十条"), Citation.OfRegulation("第二十九条第二款第（二）项")]));
    }

    /// <summary>延期答复告知书 (Art. 33 ¶2): reason, the office head's consent, length and the new latest reply date.</summary>
    public static Result<LetterBody> Extension(LetterFacts facts)
    {
        if (facts.WorkingDays is not (>= 1 and <= ReplyExtension.MaximumWorkingDays) || facts.WorkingDays is not { } days)
        {
            return Result.Refused<LetterBody>("延长的期限最长不得超过20个工作日（条例第三十三条第二款）。");
        }

        if (facts.Until is not { } until || until <= facts.IssuedOn)
        {
            return Result.Refused<LetterBody>("延期答复告知书应当载明延长后的答复期限；征求意见期间答复期限暂停计算，请在期限可以确定时出具。");
        }

        if (Missing(facts.Particulars))
        {
            return Result.Refused<LetterBody>("延期答复告知书应当说明延长答复期限的理由，请填写理由。");
        }

        return Result.Success(new LetterBody(
            [
                LetterComposer.Recap(facts, toApplicant: true),
                $"因{Clause(facts.Particulars!)}，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据{Regulation}第三十三条第二款的规定，答复期限延长{days}个工作日，本机关将于{ChineseDate.Format(until)}前作出答复。",
                "特此告知。",
            ],
            [Citation.OfRegulation("第三十三条第二款")]));
    }

    /// <summary>第三方意见征询函 (Art. 32): what is asked for (not its content), why it may affect the third party, 15 working days, silence.</summary>
    public static Result<LetterBody> Consultation(LetterFacts facts, LetterIssuer issuer)
    {
        if (Missing(facts.ThirdParty))
        {
            return Result.Refused<LetterBody>("征询函应当写明被征求意见的第三方名称。");
        }

        if (Missing(facts.Particulars))
        {
            return Result.Refused<LetterBody>("征询函应当说明公开可能损害第三方哪些合法权益（条例第三十二条），请填写征询事由。");
        }

        return Result.Success(new LetterBody(
            [
                LetterComposer.Recap(facts, toApplicant: false),
                $"经审查，该信息公开可能损害贵方的合法权益：{Sentence(facts.Particulars!)}根据{Regulation}第十五条、第三十二条的规定，现书面征求贵方意见。",
                "请自收到本函之日起15个工作日内书面提出是否同意公开的意见；不同意公开的，请说明理由并指明所涉及的具体内容。",
                $"贵方逾期未提出意见的，由本机关依照{Regulation}的规定决定是否公开。贵方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。",
                $"请将书面意见送交本机关{Office(issuer)}。",
                "特此函询。",
            ],
            [Citation.OfRegulation("第十五条"), Citation.OfRegulation("第三十二条")]));
    }

    /// <summary>收费通知书 (Art. 42; 国办函〔2020〕109号): basis, method and calculation, amount, deadline, effect of not paying.</summary>
    public static Result<LetterBody> Fee(LetterFacts facts)
    {
        if (facts.FeeAmount is not { } amount || amount <= 0)
        {
            return Result.Refused<LetterBody>("收费通知书应当载明大于零的收费金额。");
        }

        if (facts.Until is not { } until || until <= facts.IssuedOn)
        {
            return Result.Refused<LetterBody>("收费通知书应当载明缴费期限，请填写晚于通知日期的缴费期限。");
        }

        if (Missing(facts.Particulars))
        {
            return Result.Refused<LetterBody>("收费通知书应当载明计收方式、计算过程和缴费方式（国办函〔2020〕109号），请填写。");
        }

        return Result.Success(new LetterBody(
            [
                LetterComposer.Recap(facts, toApplicant: true),
                $"经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据{Regulation}第四十二条和{Citation.FeeMeasures}的规定，本机关对您的申请收取信息处理费。",
                "计收方式、计算过程和缴费方式：" + Sentence(facts.Particulars!),
                $"应缴纳信息处理费合计{LetterComposer.Yuan(amount)}。请于{ChineseDate.Format(until)}前缴纳，本机关收费后出具财政票据。收费通知发出之日至缴费之日的期间不计算在答复期限内。",
                "您逾期未缴纳信息处理费的，视为放弃申请，本机关不再处理该政府信息公开申请。对收费有异议的，可以拨打12345热线反映。",
                "特此通知。",
            ],
            [Citation.OfRegulation("第四十二条"), new Citation(Citation.FeeMeasures, string.Empty)]));
    }

    /// <summary>答复书 (Art. 36–39): recap, procedural facts, the decision per the wording table, the clerk's reasons.</summary>
    public static Result<LetterBody> Reply(LetterFacts facts)
    {
        if (facts.Disposition is not { } disposition)
        {
            return Result.Refused<LetterBody>("答复书应当载明办理结果（条例第三十六条）。");
        }

        var wording = ReplyWordings.For(disposition);
        if (wording.ParticularsRequired && Missing(facts.Particulars))
        {
            return Result.Refused<LetterBody>($"“{disposition.Label}”的答复书应当写明{wording.ParticularsHeading.TrimEnd('：')}，不能只引用法条（条例第三十六条）。");
        }

        var paragraphs = new List<string> { LetterComposer.Recap(facts, toApplicant: true) };
        paragraphs.AddRange(CaseNarrative.ProceduralFacts(facts.EarlierSteps));
        paragraphs.Add(wording.DecisionParagraph);
        if (!Missing(facts.Particulars))
        {
            paragraphs.Add(wording.ParticularsHeading + Sentence(facts.Particulars!));
        }

        if (disposition == Disposition.Disclosed || disposition.Key == "partly_disclosed")
        {
            paragraphs.Add(facts.EarlierSteps.Any(s => s.Kind == RequestEventKind.FeePaid)
                ? "本次信息处理费已按收费通知缴纳。"
                : $"本机关依申请提供政府信息，不收取费用（{Regulation}第四十二条）。");
        }

        paragraphs.Add("特此答复。");
        return Result.Success(new LetterBody(paragraphs, wording.Basis, wording.ReviewFirst));
    }

    private static bool Missing(string? text) => string.IsNullOrWhiteSpace(text);

    private static string Office(LetterIssuer issuer)
    {
        var office = Missing(issuer.DisclosureOffice) ? "政府信息公开工作机构" : issuer.DisclosureOffice.Trim();
        return Missing(issuer.Address) ? office : $"{office}（地址：{issuer.Address.Trim()}）";
    }

    /// <summary>The clerk's text as a sentence ending in a full stop.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('。') || trimmed.EndsWith('；') || trimmed.EndsWith('！') ? trimmed : trimmed + "。";
    }

    /// <summary>The clerk's text inside a sentence: without a closing full stop.</summary>
    private static string Clause(string text) => text.Trim().TrimEnd('。', '；', '，');
}
