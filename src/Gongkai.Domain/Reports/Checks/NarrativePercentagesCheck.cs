using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// PLAUSIBILITY: a percentage the narrative states about applications, disclosure, 复议 or 诉讼
/// ("依申请公开答复率100%", "予以公开占比50%") should follow from tables 三 and 四: some table figure
/// divided by the applications, the outcomes or the remedy cases must give it (to the precision
/// written). Rates about the hotline, the mailbox, 满意率 or changes on last year are not table
/// subjects and are left alone.
/// </summary>
internal sealed partial class NarrativePercentagesCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (!context.Report.Sections.Any(s => s.Paragraphs.Any(p => p.Text.Contains('%', StringComparison.Ordinal) || p.Text.Contains('％', StringComparison.Ordinal))))
        {
            yield break;
        }

        var figures = context.Figures;
        var bases = figures.Bases.ToList();
        if (bases.Count == 0)
        {
            yield break;
        }

        var numerators = figures.All.Append(("零", 0m)).ToList();
        foreach (var sentence in context.Sentences)
        {
            if (!sentence.Text.Contains('%', StringComparison.Ordinal) || NotTableSubject().IsMatch(sentence.Text))
            {
                continue;
            }

            foreach (var clause in NarrativeText.Clauses(sentence.Text))
            {
                if (Change().IsMatch(clause) || !(Topic().IsMatch(clause) || (Rate().IsMatch(clause) && Topic().IsMatch(sentence.Text))))
                {
                    continue;
                }

                foreach (Match match in Percentage().Matches(clause))
                {
                    var digits = match.Groups["p"].Value;
                    var stated = decimal.Parse(digits, CultureInfo.InvariantCulture);
                    var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                    if (Reproduced(stated, decimals, numerators, bases))
                    {
                        continue;
                    }

                    yield return new Finding(
                        CheckRules.Plausibility,
                        FindingSeverity.Warning,
                        sentence.Location,
                        $"文中称“{clause.Trim()}”，但按表三、表四的数字（本年新收{Figures.Text(figures.New ?? 0)}件、办理结果{Figures.Text(figures.Outcomes ?? 0)}件、"
                        + $"行政复议{Figures.Text(figures.Reconsideration ?? 0)}件、行政诉讼{Figures.Text(figures.Litigation ?? 0)}件）算不出{digits}%");
                }
            }
        }
    }

    /// <summary>Some figure over some base gives the percentage, rounded or cut to the decimals written.</summary>
    private static bool Reproduced(decimal stated, int decimals, List<(string Name, decimal Value)> numerators, List<(string Name, decimal Value)> bases)
    {
        var tolerance = decimals == 0 ? 1m : 1m / (decimal)Math.Pow(10, decimals);
        return numerators.Any(n => bases.Any(b =>
            !string.Equals(n.Name, b.Name, StringComparison.Ordinal)
            && n.Value <= b.Value
            && Math.Abs((n.Value * 100m / b.Value) - stated) < tolerance));
    }

    [GeneratedRegex(@"(?<p>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"申请|答复|予以公开|部分公开|不予公开|复议|诉讼|纠错|败诉")]
    private static partial Regex Topic();

    [GeneratedRegex(@"率|占|比例|比重")]
    private static partial Regex Rate();

    [GeneratedRegex(@"同比|增长|下降|提高|降低|上升|减少|增加|较上|比上")]
    private static partial Regex Change();

    [GeneratedRegex(@"热线|信箱|舆情|问政|满意|咨询|信访|留言|来信|来电|12345|建议|提案|网民|诉求|好差评|政务服务|办件")]
    private static partial Regex NotTableSubject();
}
