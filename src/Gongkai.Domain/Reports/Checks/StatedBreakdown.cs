using System.Text.RegularExpressions;
using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K8 within the narrative: "共…108条，其中…96条，…12条" — the parts listed after 其中 against the whole.
/// Parts that each name a publishing channel (网站, 平台, 微信 …) are a complete breakdown and must add up
/// exactly; other lists may name only some parts ("其中政策解读20条"), so for them only an excess is wrong.
/// </summary>
internal static partial class StatedBreakdown
{
    /// <summary>A message when the sentence states a whole and parts that do not agree; otherwise null.</summary>
    public static string? Disagreement(string sentence)
    {
        var text = Parenthesised().Replace(sentence, string.Empty);
        var whole = Whole().Match(text);
        if (!whole.Success)
        {
            return null;
        }

        var among = text.IndexOf("其中", whole.Index + whole.Length, StringComparison.Ordinal);
        if (among < 0)
        {
            return null;
        }

        var unit = whole.Groups["unit"].Value;
        var total = NarrativeText.ParseNumber(whole.Groups["n"].Value);

        // "共收到申请13件，上年结转1件，其中予以公开…": the list may cover more than the first figure.
        var between = text[(whole.Index + whole.Length)..among];
        if (NarrativeText.Count().Matches(between).Any(m => m.Groups["unit"].Value == unit))
        {
            return null;
        }

        var clauses = NarrativeText.Clauses(text[among..]);
        var parts = new List<(decimal Number, string Clause)>();
        foreach (var clause in clauses)
        {
            var counts = NarrativeText.Count().Matches(clause).Where(m => m.Groups["unit"].Value == unit).ToList();
            if (counts.Count > 1)
            {
                return null;
            }

            // The list ends at the first clause that is not a part ("夯实了…", "较上年增加10条").
            if (counts.Count == 0 || Change().IsMatch(clause))
            {
                if (parts.Count > 0)
                {
                    break;
                }

                continue;
            }

            parts.Add((NarrativeText.ParseNumber(counts[0].Groups["n"].Value), clause));
        }

        // A part as large as the whole ("其中已答复13件") or a nested list ("不予公开3件，属于国家秘密1件")
        // means the parts are not one partition of the whole.
        if (parts.Count < 2 || parts.Any(p => p.Number == total) || parts.Skip(1).Any(p => Nested().IsMatch(p.Clause)))
        {
            return null;
        }

        var sum = parts.Sum(p => p.Number);
        var complete = parts.All(p => Channel().IsMatch(p.Clause));
        if (sum == total || (!complete && sum < total))
        {
            return null;
        }

        var terms = string.Join(" + ", parts.Select(p => Text(p.Number)));
        return $"K8 文中称“{whole.Value.Trim()}”，其中所列各项之和为{terms} = {Text(sum)}{unit}，与总数{Text(total)}{unit}不符";
    }

    [GeneratedRegex(@"共[^，。；,\d]{0,30}?(?<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?<unit>件|条|起|宗|个|份|项|次|篇)")]
    private static partial Regex Whole();

    [GeneratedRegex(@"其中|包括|主要|属于|含|分别")]
    private static partial Regex Nested();

    [GeneratedRegex(@"增加|减少|增长|下降|同比|较上|比上|上升|提高|降低")]
    private static partial Regex Change();

    [GeneratedRegex(@"（[^（）]*）|\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"网|平台|微信|微博|公众号|客户端|APP|App|app|公报|新媒体|政务号|头条|抖音|报刊|报纸|电视|广播|公开栏|公示栏|宣传栏")]
    private static partial Regex Channel();
}
