namespace Gongkai.Domain.Letters;

/// <summary>
/// Dates in letters: Arabic numerals with 年月日 written out and no leading zeros (不编虚位), e.g. 2026年3月5日
/// (GB/T 9704-2012 §7.3.5; letters.md §1.4).
/// </summary>
public static class ChineseDate
{
    /// <summary>The date as a letter writes it.</summary>
    public static string Format(DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
