using System.Globalization;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Letters;

/// <summary>
/// Composes the content of each letter from the case's facts and the issuing agency, or refuses with a reason in
/// Chinese when a mandatory element is missing (letters.md §2 per letter, §3 defects D2, D5, D7, D9, D10).
/// </summary>
public static class LetterComposer
{
    /// <summary>The letter's name after the agency's (E1).</summary>
    public static string KindTitle(LetterKind kind) => kind switch
    {
        LetterKind.CorrectionNotice => "政府信息公开申请补正告知书",
        LetterKind.ExtensionNotice => "政府信息公开申请延期答复告知书",
        LetterKind.ThirdPartyConsultation => "政府信息公开第三方意见征询函",
        LetterKind.FeeNotice => "政府信息公开信息处理费收费通知书",
        LetterKind.Reply => "政府信息公开申请答复书",
    };

    /// <summary>The letter, or why it cannot be issued.</summary>
    public static Result<Letter> Compose(LetterFacts facts, LetterIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(issuer);
        if (CommonRefusal(facts, issuer) is { } refusal)
        {
            return Result.Refused<Letter>(refusal);
        }

        var body = facts.Kind switch
        {
            LetterKind.CorrectionNotice => LetterBodies.Correction(facts, issuer),
            LetterKind.ExtensionNotice => LetterBodies.Extension(facts),
            LetterKind.ThirdPartyConsultation => LetterBodies.Consultation(facts, issuer),
            LetterKind.FeeNotice => LetterBodies.Fee(facts),
            LetterKind.Reply => LetterBodies.Reply(facts),
        };
        if (!body.IsSuccess)
        {
            return Result.Refused<Letter>(body.Refusal!);
        }

        var (paragraphs, citations, reviewFirst) = body.Value;
        var basis = citations.Select(c => c.ToString()).ToList();
        var remedy = CarriesRemedy(facts.Kind)
            ? RemedyClause.Compose(issuer.ReviewBody!.Trim(), reviewFirst, facts.ServedElectronically ? issuer.OnlineReviewChannel : null, facts.Kind == LetterKind.FeeNotice ? "本通知" : "本答复")
            : null;
        var addressee = facts.Kind == LetterKind.ThirdPartyConsultation ? facts.ThirdParty!.Trim() : facts.ApplicantName.Trim();
        return Result.Success(new Letter(
            facts.Kind, issuer.AgencyName.Trim(), KindTitle(facts.Kind), facts.Number.Trim(), addressee, paragraphs, basis, remedy, Contact(issuer), facts.IssuedOn));
    }

    /// <summary>
    /// Whether the letter carries a remedy clause (letters.md §1.5): the reply and the fee notice do; the correction
    /// notice, the extension notice and the consultation letter are procedural and do not.
    /// </summary>
    public static bool CarriesRemedy(LetterKind kind) => kind is LetterKind.Reply or LetterKind.FeeNotice;

    /// <summary>E4: when and how the request came in, and what it asks for.</summary>
    internal static string Recap(LetterFacts facts, bool toApplicant) => toApplicant
        ? $"{ChineseDate.Format(facts.ReceivedOn)}，本机关收到您通过{ChannelWords(facts.Channel)}提出的政府信息公开申请，申请获取：“{facts.Description.Trim()}”。"
        : $"{ChineseDate.Format(facts.ReceivedOn)}，本机关收到一份政府信息公开申请，申请获取：“{facts.Description.Trim()}”。";

    /// <summary>A sum of money as letters write it: 人民币100.00元.</summary>
    internal static string Yuan(decimal amount) => "人民币" + amount.ToString("0.00", CultureInfo.InvariantCulture) + "元";

    private static string? CommonRefusal(LetterFacts facts, LetterIssuer issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer.AgencyName))
        {
            return "文书应当以负责答复的行政机关名义出具，机关名称不能为空。";
        }

        if (string.IsNullOrWhiteSpace(facts.Number))
        {
            return "文书应当有发文字号。";
        }

        if (string.IsNullOrWhiteSpace(facts.ApplicantName) || string.IsNullOrWhiteSpace(facts.Description))
        {
            return "文书应当载明申请人和申请内容（条例第二十九条）。";
        }

        if (facts.IssuedOn < facts.ReceivedOn)
        {
            return "成文日期不能早于收到申请之日。";
        }

        if (string.IsNullOrWhiteSpace(issuer.Phone) && string.IsNullOrWhiteSpace(issuer.Address))
        {
            return "请先在机关信息中填写政府信息公开工作机构的地址和联系电话，文书应当载明联系方式。";
        }

        if (CarriesRemedy(facts.Kind) && string.IsNullOrWhiteSpace(issuer.ReviewBody))
        {
            return "尚未设置本机关的行政复议机关，文书不能载明完整的救济途径（行政复议法第二十条第三款）。请先在机关信息中设置行政复议机关。";
        }

        return CarriesRemedy(facts.Kind) && facts.ServedElectronically && string.IsNullOrWhiteSpace(issuer.OnlineReviewChannel)
            ? "文书通过互联网渠道送达的，应当同时提供互联网渠道提出行政复议申请的途径（行政复议法第二十二条第二款）。请先在机关信息中设置网上复议渠道。"
            : null;
    }

    private static string Contact(LetterIssuer issuer)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(issuer.DisclosureOffice))
        {
            parts.Add("联系机构：" + issuer.DisclosureOffice.Trim());
        }

        if (!string.IsNullOrWhiteSpace(issuer.Phone))
        {
            parts.Add("联系电话：" + issuer.Phone.Trim());
        }

        if (!string.IsNullOrWhiteSpace(issuer.Address))
        {
            parts.Add("通信地址：" + issuer.Address.Trim());
        }

        return string.Join("；", parts) + "。";
    }

    private static string ChannelWords(RequestChannel channel) => channel switch
    {
        RequestChannel.Online => "互联网申请平台",
        RequestChannel.Post => "邮寄方式",
        RequestChannel.InPerson => "当面提交方式",
        RequestChannel.Fax => "传真方式",
        RequestChannel.Email => "电子邮件方式",
        RequestChannel.Oral => "口头方式",
    };
}
