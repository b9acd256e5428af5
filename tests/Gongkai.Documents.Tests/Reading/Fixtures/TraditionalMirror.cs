using System.Text;

namespace Gongkai.Documents.Tests.Reading.Fixtures;

/// <summary>
/// A Traditional-character mirror of a Simplified page, as some government sites publish (繁體版).
/// Typed independently of the reader's own table, from the characters of the report's labels.
/// </summary>
public static class TraditionalMirror
{
    private static readonly Dictionary<char, char> Map = Build(
        "报報处處开開条條项項数數规規范範机機关關与與发發废廢现現许許罚罰强強费費采採购購总總额額单單万萬内內" +
        "对對减減决決务務请請况況组組织織业業构構会會计計系係为為于於结結转轉办辦区區这這属屬国國稳穩护護权權类類" +
        "过過执執询詢无無没沒补補后後访訪举舉诉訴复復当當确確认認获獲缴繳纳納议議讼訟维維纠糾审審动動体體问問题題" +
        "进進设設华華统統间間号號适適员員实實际際责責调調检檢县縣乡鄉镇鎮厅廳门門网網页頁电電话話邮郵据據产產级級" +
        "达達划劃准準历歷经經济濟营營环環卫衛医醫疗療险險术術艺藝传傳订訂团團队隊奖獎劳勞联聯络絡协協广廣东東郑鄭" +
        "阳陽齐齊画畫证證书書录錄状狀态態报報编編");

    public static string Of(string text)
    {
        // Terms first (Taiwan usage), then characters.
        text = text.Replace("信息", "資訊", StringComparison.Ordinal).Replace("制作", "製作", StringComparison.Ordinal);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(Map.GetValueOrDefault(c, c));
        }

        return result.ToString();
    }

    private static Dictionary<char, char> Build(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map.TryAdd(pairs[i], pairs[i + 1]);
        }

        return map;
    }
}
