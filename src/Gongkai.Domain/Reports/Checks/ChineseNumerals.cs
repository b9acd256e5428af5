namespace Gongkai.Domain.Reports.Checks;

/// <summary>Small Chinese numerals as used in headings: 一 … 九十九.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Any(c => Digits.IndexOf(c, StringComparison.Ordinal) < 0 && c != '十'))
        {
            return false;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            value = text.Length == 1 ? Digits.IndexOf(text[0], StringComparison.Ordinal) : -1;
            return value >= 0;
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[0], StringComparison.Ordinal);
        var units = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[^1], StringComparison.Ordinal);
        value = (tens * 10) + units;
        return ten <= 1 && text.Length - ten <= 2;
    }
}
