using System.Globalization;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>Word's number formats (w:numFmt) for list numbers, as Chinese reports use them.</summary>
internal static class DocxNumberFormat
{
    private const string Digits = "零一二三四五六七八九";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";

    public static string Render(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "ideographDigital"
            when n is > 0 and < 100 => Chinese(n),
        "ideographTraditional" when n is > 0 and <= 10 => Stems[n - 1].ToString(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when n is > 0 and <= 20 => ((char)('①' + n - 1)).ToString(),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
        "decimalZero" => n.ToString("00", CultureInfo.InvariantCulture),
        "upperLetter" when n > 0 => Letters(n, 'A'),
        "lowerLetter" when n > 0 => Letters(n, 'a'),
        "upperRoman" when n is > 0 and < 4000 => Roman(n),
        "lowerRoman" when n is > 0 and < 4000 => Roman(n).ToLowerInvariant(),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    // 1..99: 一 … 十 十一 … 二十 二十一 …
    private static string Chinese(int n)
    {
        var (tens, ones) = (n / 10, n % 10);
        var text = tens switch { 0 => "", 1 => "十", _ => $"{Digits[tens]}十" };
        return ones == 0 ? text : text + Digits[ones];
    }

    // Word repeats the letter: A … Z, AA … ZZ, AAA …
    private static string Letters(int n, char first) => new((char)(first + ((n - 1) % 26)), ((n - 1) / 26) + 1);

    private static string Roman(int n)
    {
        (int Value, string Text)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var text = new System.Text.StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            for (; n >= value; n -= value)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }
}
