using Gongkai.Domain.Letters;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Letters;

public class ReplyWordingsTests
{
    public static TheoryData<string> LeafRowsOfBothFormats()
    {
        var data = new TheoryData<string>();
        foreach (var key in ReportFormats.All.SelectMany(f => f.Dispositions).Select(r => r.Key).Distinct(StringComparer.Ordinal))
        {
            data.Add(key);
        }

        return data;
    }

    [Fact(DisplayName = "答复用语表与表三办理结果一一对应，顺序相同")]
    public void Table_CoversEveryDispositionInOrder() =>
        Assert.Equal(Disposition.All.Select(d => d.Key), ReplyWordings.All.Select(w => w.DispositionKey));

    [Theory(DisplayName = "两种年报格式的每一个办理结果行都能出具答复书，并以“特此答复”结束正文、附救济途径")]
    [MemberData(nameof(LeafRowsOfBothFormats))]
    public void EveryLeafRow_ComposesAReply(string rowKey)
    {
        var disposition = Disposition.Parse(rowKey);
        var letter = LetterComposer.Compose(LetterSamples.Facts(LetterKind.Reply) with { Disposition = disposition, Particulars = "本案的具体情况" }, LetterSamples.Issuer).Value;

        Assert.Equal("特此答复。", letter.Body[^1]);
        Assert.Contains(letter.Body, p => p.Contains(ReplyWordings.For(disposition).Decision, StringComparison.Ordinal));
        Assert.NotNull(letter.RemedyClause);
        Assert.Contains("新郑市人民政府", letter.RemedyClause, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "答复书按办理结果引用条例的条、款、项，并决定是否复议前置")]
    [InlineData("disclosed", "第三十六条第（二）项", false)]
    [InlineData("partly_disclosed", "第三十七条", true)]
    [InlineData("withheld_state_secret", "第十四条、第三十六条第（三）项", true)]
    [InlineData("withheld_prohibited_by_law", "第十四条、第三十六条第（三）项", true)]
    [InlineData("withheld_three_securities", "第十四条、第三十六条第（三）项", true)]
    [InlineData("withheld_third_party", "第十五条、第三十二条、第三十六条第（三）项", true)]
    [InlineData("withheld_internal_affairs", "第十六条第一款、第三十六条第（三）项", true)]
    [InlineData("withheld_process_info", "第十六条第二款、第三十六条第（三）项", true)]
    [InlineData("withheld_enforcement_files", "第十六条第二款、第三十六条第（三）项", true)]
    [InlineData("withheld_inquiry_matters", "第三十六条第（七）项", true)]
    [InlineData("unable_not_held", "第三十六条第（四）项", false)]
    [InlineData("unable_needs_compilation", "第三十八条", false)]
    [InlineData("unable_still_unclear", "第二十九条第二款第（二）项、第三十条", false)]
    [InlineData("not_processed_petition", "第三十九条第一款", false)]
    [InlineData("not_processed_repeat", "第三十六条第（六）项", false)]
    [InlineData("not_processed_publication", "第三十九条第二款", false)]
    [InlineData("not_processed_mass_requests", "第三十五条", false)]
    [InlineData("not_processed_confirmation", "第三十八条", false)]
    [InlineData("other_no_correction", "第三十条", false)]
    [InlineData("other_fee_unpaid", "第四十二条", false)]
    [InlineData("other", "", false)]
    public void Reply_CitesTheRightProvisions(string rowKey, string provisions, bool reviewFirst)
    {
        var disposition = Disposition.Parse(rowKey);
        var letter = LetterComposer.Compose(LetterSamples.Facts(LetterKind.Reply) with { Disposition = disposition, Particulars = "具体情况" }, LetterSamples.Issuer).Value;
        var decision = letter.Body.Single(p => p.StartsWith("经审查，", StringComparison.Ordinal));

        if (provisions.Length > 0)
        {
            Assert.Contains($"根据《中华人民共和国政府信息公开条例》{provisions}", decision, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("根据", decision, StringComparison.Ordinal);
        }

        Assert.Equal(reviewFirst, letter.RemedyClause!.Contains("应当先", StringComparison.Ordinal));
    }

    [Theory(DisplayName = "不予公开、不存在、重复申请等答复不写理由的不能出具（法院撤销“理由空泛”的答复）")]
    [InlineData("withheld_state_secret", "理由")]
    [InlineData("withheld_third_party", "理由（含征求第三方意见的情况）")]
    [InlineData("unable_not_held", "检索情况")]
    [InlineData("not_processed_repeat", "此前答复的文号和日期")]
    [InlineData("disclosed", "获取该政府信息的方式、途径和时间")]
    public void ReplyWithoutParticulars_IsRefused(string rowKey, string what)
    {
        var result = LetterComposer.Compose(LetterSamples.Facts(LetterKind.Reply) with { Disposition = Disposition.Parse(rowKey), Particulars = "  " }, LetterSamples.Issuer);

        Assert.False(result.IsSuccess);
        Assert.Contains(what, result.Refusal, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "视为放弃申请、逾期未缴费的告知不需要另写理由")]
    [InlineData("other_no_correction")]
    [InlineData("other_fee_unpaid")]
    public void ClosingNotices_NeedNoParticulars(string rowKey)
    {
        var letter = LetterComposer.Compose(LetterSamples.Facts(LetterKind.Reply) with { Disposition = Disposition.Parse(rowKey), Particulars = null }, LetterSamples.Issuer).Value;

        Assert.Contains(letter.Body, p => p.Contains("视为放弃申请", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "逾期未缴费的告知引用国办函〔2020〕109号")]
    public void FeeUnpaid_CitesTheFeeMeasures() =>
        Assert.Contains(
            "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
            LetterComposer.Compose(LetterSamples.Facts(LetterKind.Reply) with { Disposition = Disposition.OtherFeeUnpaid }, LetterSamples.Issuer).Value.LegalBasis);
}
