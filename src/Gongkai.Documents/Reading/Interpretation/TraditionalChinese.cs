using System.Collections.Frozen;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// Traditional → Simplified for the characters that occur in the format's labels, section titles and
/// report titles, so that a Traditional-character mirror of a page matches the same labels. Matching
/// only: the text kept in the report is the text as written.
/// </summary>
internal static class TraditionalChinese
{
    private const string Pairs =
        "資资訊讯報报處处開开條条項项數数規规範范機机關关與与發发廢废現现許许罰罚強强費费採采購购總总額额單单萬万內内" +
        "製制對对減减決决務务請请況况組组織织業业構构會会計计係系為为於于結结轉转辦办區区這这屬属國国穩稳護护權权類类" +
        "過过執执詢询無无沒没補补後后訪访舉举訴诉復复複复當当確确認认獲获繳缴納纳議议訟讼維维糾纠審审動动體体問问題题" +
        "進进設设華华統统間间號号適适員员實实際际當当歸归應应責责審审調调檢检徵征縣县鄉乡鎮镇街街處处廳厅門门區区" +
        "網网頁页台台電电話话郵邮筆笔張张範范圍围據据並并產产價价級级達达計计劃划準准鬥斗歷历經经濟济貿贸營营稅税" +
        "環环境境衛卫醫医療疗險险術术藝艺傳传訂订諮咨詢询處处團团隊队獎奖勵励懲惩罰罚項项務务勞劳動动勝胜聯联絡络" +
        "繫系諸诸協协調调廣广東东蘭兰龍龙鄭郑陽阳縣县衝冲齊齐團团畫画處处證证書书錄录狀状態态";

    private static readonly FrozenDictionary<char, char> Map = Build();

    /// <summary>The Simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToSimplified(char c) => c < 0x4E00 ? c : Map.GetValueOrDefault(c, c);

    private static FrozenDictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            if (Pairs[i] != Pairs[i + 1])
            {
                map[Pairs[i]] = Pairs[i + 1];
            }
        }

        return map.ToFrozenDictionary();
    }
}
