using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>The numbering at the start of a heading or paragraph: its style and its ordinal.</summary>
internal sealed partial record ListMarker(ListMarkerStyle Style, int Ordinal, string Text)
{
    /// <summary>The marker a paragraph starts with, or null.</summary>
    public static ListMarker? Of(string paragraph)
    {
        var text = paragraph.TrimStart();
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (style, number) = match switch
        {
            _ when match.Groups["pa"].Success => (ListMarkerStyle.ParenthesisedArabic, match.Groups["pa"].Value),
            _ when match.Groups["pc"].Success => (ListMarkerStyle.ParenthesisedChinese, match.Groups["pc"].Value),
            _ when match.Groups["ad"].Success => (ListMarkerStyle.ArabicWithComma, match.Groups["ad"].Value),
            _ => (ListMarkerStyle.ChineseWithComma, match.Groups["cd"].Value),
        };
        var ordinal = ChineseNumerals.TryParse(number, out var value) ? value : int.Parse(Digits(number), System.Globalization.CultureInfo.InvariantCulture);
        return new ListMarker(style, ordinal, match.Value.Trim());
    }

    private static string Digits(string text) =>
        new(text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray());

    // （1） (1) ／ （一） ／ 1、 1. 1． ／ 一、 — "2020年" is not a marker, nor "1.5万".
    [GeneratedRegex(@"^(?:[（(]\s*(?<pa>[0-9０-９]{1,2})\s*[）)]|[（(]\s*(?<pc>[一二三四五六七八九十]{1,3})\s*[）)]|(?<ad>[0-9０-９]{1,2})\s*(?:、|[.．](?![0-9０-９]))|(?<cd>[一二三四五六七八九十]{1,3})\s*、)")]
    private static partial Regex Pattern();
}
