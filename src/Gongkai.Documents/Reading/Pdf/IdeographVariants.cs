namespace Gongkai.Documents.Reading.Pdf;

/// <summary>
/// Maps the look-alike code points that PDF text layers often give for ordinary Chinese characters back
/// to the characters themselves. Many fonts (those of Word, WPS and Chromium alike) carry a ToUnicode map
/// that sends the glyph of 行 to U+2F8F KANGXI RADICAL WALK ENCLOSURE "⾏", of 文 to "⽂", of 见 to
/// "⻅"; copied out of the PDF the text looks right but matches no label. This applies the Unicode
/// compatibility decomposition (NFKC) of the Kangxi radicals (U+2F00–U+2FD5) and of the CJK
/// compatibility ideographs (U+F900–U+FAD9), and the plain character for the simplified radicals of the
/// CJK Radicals Supplement that stand alone as characters. The tables are fixed, so no culture data is
/// needed at run time.
/// </summary>
internal static class IdeographVariants
{
    private const char KangxiFirst = '\u2F00';
    private const char CompatibilityFirst = '\uF900';

    // NFKC of U+2F00 … U+2FD5, in order.
    private const string Kangxi = ""
        + "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳"
        + "心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸"
        + "缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音"
        + "頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    // NFKC of U+F900 … U+FAD9, in order (a code point without a single-character decomposition maps to itself).
    private const string Compatibility = ""
        + "豈更車賈滑串句龜龜契金喇奈懶癩羅蘿螺裸邏樂洛烙珞落酪駱亂卵欄爛蘭鸞嵐濫藍襤拉臘蠟廊朗浪狼郎來冷勞擄櫓爐盧老蘆虜路露魯鷺碌"
        + "祿綠菉錄鹿論壟弄籠聾牢磊賂雷壘屢樓淚漏累縷陋勒肋凜凌稜綾菱陵讀拏樂諾丹寧怒率異北磻便復不泌數索參塞省葉說殺辰沈拾若掠略亮"
        + "兩凉梁糧良諒量勵呂女廬旅濾礪閭驪麗黎力曆歷轢年憐戀撚漣煉璉秊練聯輦蓮連鍊列劣咽烈裂說廉念捻殮簾獵令囹寧嶺怜玲瑩羚聆鈴零靈"
        + "領例禮醴隸惡了僚寮尿料樂燎療蓼遼龍暈阮劉杻柳流溜琉留硫紐類六戮陸倫崙淪輪律慄栗率隆利吏履易李梨泥理痢罹裏裡里離匿溺吝燐璘"
        + "藺隣鱗麟林淋臨立笠粒狀炙識什茶刺切度拓糖宅洞暴輻行降見廓兀嗀﨎﨏塚﨑晴﨓﨔凞猪益礼神祥福靖精羽﨟蘒﨡諸﨣﨤逸都﨧﨨﨩飯飼"
        + "館鶴郞隷侮僧免勉勤卑喝嘆器塀墨層屮悔慨憎懲敏既暑梅海渚漢煮爫琢碑社祉祈祐祖祝禍禎穀突節練縉繁署者臭艹艹著褐視謁謹賓贈辶逸"
        + "難響頻恵𤋮舘﩮﩯並况全侀充冀勇勺喝啕喙嗢塚墳奄奔婢嬨廒廙彩徭惘慎愈憎慠懲戴揄搜摒敖晴朗望杖歹殺流滛滋漢瀞煮瞧爵犯猪瑱甆画"
        + "瘝瘟益盛直睊着磌窱節类絛練缾者荒華蝹襁覆視調諸請謁諾諭謹變贈輸遲醙鉶陼難靖韛響頋頻鬒龜𢡊𢡄𣏕㮝䀘䀹𥉉𥳐𧻓齃龎";

    private const string SupplementFrom = "⺟⺠⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳";
    private const string SupplementTo = "母民西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟";

    /// <summary>The text with every look-alike replaced; the same instance when there is none.</summary>
    public static string Unify(string text)
    {
        var first = IndexOfVariant(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = Unify(span[i]);
            }
        });
    }

    /// <summary>The character a look-alike stands for; any other character unchanged.</summary>
    public static char Unify(char c)
    {
        if (c >= KangxiFirst && c < KangxiFirst + Kangxi.Length)
        {
            return Kangxi[c - KangxiFirst];
        }

        if (c >= CompatibilityFirst && c < CompatibilityFirst + Compatibility.Length)
        {
            return Compatibility[c - CompatibilityFirst];
        }

        var supplement = c is >= '\u2E80' and <= '\u2EFF' ? SupplementFrom.IndexOf(c, StringComparison.Ordinal) : -1;
        return supplement < 0 ? c : SupplementTo[supplement];
    }

    private static int IndexOfVariant(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Unify(text[i]) != text[i])
            {
                return i;
            }
        }

        return -1;
    }
}
