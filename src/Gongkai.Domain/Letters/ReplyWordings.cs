using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Letters;

/// <summary>
/// The Art. 36–39 wording of a 答复书 per disposition, as data: one row per leaf row of table 三 (letters.md §2.7,
/// variants A–M). The finding and decision use the Regulation's own words; the reasons are the clerk's (§4).
/// 复议前置 (行政复议法 Art. 23 ¶1(四)) is set for 不予公开 and 部分公开 (the withheld part), as letters.md §1.5 advises.
/// </summary>
public static class ReplyWordings
{
    private const string Withheld = "本机关决定不予公开。";
    private const string Reasons = "理由如下：";

    private static readonly ReplyWording[] Rows =
    [
        // Art. 36(二): provide, or state how, where and when (Art. 40 for the form).
        new("disclosed", "您申请获取的政府信息属于可以公开的政府信息。", "本机关予以公开。", [Art("第三十六条第（二）项")], "获取该政府信息的方式、途径和时间：", true, false),
        // Art. 37: separate; give reasons for what is withheld.
        new("partly_disclosed", "您申请获取的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理。", "本机关向您提供可以公开的政府信息内容，对不予公开的内容说明理由。", [Art("第三十七条")], "提供的内容、不予公开的内容及其理由和依据：", true, true),
        // Art. 14 with Art. 36(三): the information has been lawfully classified.
        new("withheld_state_secret", "您申请获取的政府信息已依法确定为国家秘密。", Withheld, [Art("第十四条"), Art("第三十六条第（三）项")], Reasons, true, true),
        new("withheld_prohibited_by_law", "您申请获取的政府信息属于法律、行政法规禁止公开的政府信息。", Withheld, [Art("第十四条"), Art("第三十六条第（三）项")], "禁止公开的法律、行政法规条款及理由：", true, true),
        new("withheld_three_securities", "您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。", Withheld, [Art("第十四条"), Art("第三十六条第（三）项")], Reasons, true, true),
        // Art. 15, 32: consulted in writing; silence is not a refusal.
        new("withheld_third_party", "您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。", Withheld, [Art("第十五条"), Art("第三十二条"), Art("第三十六条第（三）项")], "理由（含征求第三方意见的情况）：", true, true),
        // Art. 16 ¶1 is discretionary (可以不予公开).
        new("withheld_internal_affairs", "您申请获取的政府信息属于行政机关的内部事务信息。", Withheld, [Art("第十六条第一款"), Art("第三十六条第（三）项")], Reasons, true, true),
        new("withheld_process_info", "您申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的过程性信息。", Withheld, [Art("第十六条第二款"), Art("第三十六条第（三）项")], Reasons, true, true),
        new("withheld_enforcement_files", "您申请获取的政府信息属于行政执法案卷信息。", Withheld, [Art("第十六条第二款"), Art("第三十六条第（三）项")], Reasons, true, true),
        // Art. 36(七): special-law access (工商、不动产登记 records); name the law, body and procedure.
        new("withheld_inquiry_matters", "您申请获取的信息属于行政查询事项，有关法律、行政法规对信息的获取有特别规定。", "请您依照有关法律、行政法规的规定办理。", [Art("第三十六条第（七）项")], "有关法律、行政法规及办理机关、程序：", true, true),
        // Art. 36(四): only after a records search; the letter states the search (D5).
        new("unable_not_held", "本机关经检索没有您所申请公开的政府信息。", "现告知您该政府信息不存在。", [Art("第三十六条第（四）项")], "检索情况：", true, false),
        // Art. 38: compilation or analysis is not owed; say what records exist.
        new("unable_needs_compilation", "本机关没有您所申请公开的现成信息，提供该信息需要对现有政府信息进行加工、分析。", "本机关不予提供。", [Art("第三十八条")], "理由及现有的相关政府信息：", true, false),
        // Art. 30: corrected, still unclear.
        new("unable_still_unclear", "本机关已告知您作出补正，经补正后您的申请内容仍不明确，无法确定您所申请公开的政府信息。", "本机关无法提供。", [Art("第二十九条第二款第（二）项"), Art("第三十条")], "仍不明确之处：", true, false),
        // Art. 39 ¶1: 不作为政府信息公开申请处理; name the proper channel.
        new("not_processed_petition", "您的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动。", "本机关不作为政府信息公开申请处理。", [Art("第三十九条第一款")], "您可以通过以下渠道提出：", true, false),
        // Art. 36(六): 不予重复处理; the earlier reply by 文号 and date (D10).
        new("not_processed_repeat", "本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同政府信息。", "本机关不予重复处理。", [Art("第三十六条第（六）项")], "此前答复的文号和日期：", true, false),
        // Art. 39 ¶2: publications; say where to get them.
        new("not_processed_publication", "您申请获取的是政府公报、报刊、书籍等公开出版物。", "现告知您获取的途径。", [Art("第三十九条第二款")], "获取途径：", true, false),
        // Art. 35: the facts of volume, frequency and the unreasonable reasons.
        new("not_processed_mass_requests", "您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由，您的申请理由不合理。", "本机关不予处理。", [Art("第三十五条")], "申请的数量、频次及理由不合理的事实：", true, false),
        // Confirming or re-issuing information already obtained is not a request for existing records (Art. 38) [M].
        new("not_processed_confirmation", "您的申请是要求本机关确认或者重新出具您已获取的信息，不属于向本机关申请获取已制作或者获取的政府信息。", "本机关不作为政府信息公开申请处理。", [Art("第三十八条")], Reasons, true, false),
        // Art. 30: 视为放弃申请 (closing notice, letters.md §2.7 M).
        new("other_no_correction", "本机关已一次性告知您作出补正，您无正当理由逾期未补正。", "视为放弃申请，本机关不再处理该政府信息公开申请。", [Art("第三十条")], "说明：", false, false),
        // 109号: fee unpaid → 视为放弃申请.
        new("other_fee_unpaid", "本机关已向您发出收费通知，您逾期未按收费通知要求缴纳信息处理费。", "视为放弃申请，本机关不再处理该政府信息公开申请。", [Art("第四十二条"), new(Citation.FeeMeasures, "")], "说明：", false, false),
        // （六）3 其他: no fixed ground; the clerk states the facts and the basis.
        new("other_misc", "您的申请按以下情况办理。", "本机关终止办理该政府信息公开申请。", [], "办理情况及依据：", true, false),
    ];

    private static readonly Dictionary<string, ReplyWording> ByKey = Rows.ToDictionary(r => r.DispositionKey, StringComparer.Ordinal);

    /// <summary>Every row, in table order.</summary>
    public static IReadOnlyList<ReplyWording> All => Rows;

    /// <summary>The wording for a disposition.</summary>
    /// <exception cref="KeyNotFoundException">A disposition without wording (a table bug; a test guards it).</exception>
    public static ReplyWording For(Disposition disposition) => ByKey[disposition.Key];

    private static Citation Art(string provision) => Citation.OfRegulation(provision);
}
