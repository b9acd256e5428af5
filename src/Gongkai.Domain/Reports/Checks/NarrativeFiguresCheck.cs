using System.Text.RegularExpressions;
using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K8: figures the narrative states about applications (新收, 上年结转, 结转下年度, the outcome groups) and
/// about 行政复议/行政诉讼 equal tables 三 and 四, and stated breakdowns add up (<see cref="StatedBreakdown"/>).
/// Reading prose is uncertain, so a statement is compared only when it is unambiguous: one figure in
/// the clause, a clear subject, and no hotline/mailbox/舆情/问政 subject (those counts are not table
/// figures). "共受理/办理…X件" may include last year's carried-over applications, so either reading is accepted.
/// </summary>
internal sealed partial class NarrativeFiguresCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var narrative in context.Sentences)
        {
            // The location is made only for a finding: most sentences have none.
            var sentence = narrative.Text;
            if (sentence.Contains('共', StringComparison.Ordinal) && StatedBreakdown.Disagreement(sentence) is { } breakdown)
            {
                yield return new Finding(CheckRules.NarrativeFigures, FindingSeverity.Warning, narrative.Location, breakdown);
            }

            if (sentence.Contains("申请", StringComparison.Ordinal))
            {
                foreach (var message in RequestStatements(context, context.Figures, sentence))
                {
                    yield return new Finding(CheckRules.NarrativeFigures, FindingSeverity.Warning, narrative.Location, message);
                }
            }

            if (Remedy().IsMatch(sentence))
            {
                foreach (var message in RemedyStatements(context.Figures, sentence))
                {
                    yield return new Finding(CheckRules.NarrativeFigures, FindingSeverity.Warning, narrative.Location, message);
                }
            }
        }
    }

    private static IEnumerable<string> RequestStatements(CheckContext context, TableFigures figures, string sentence)
    {
        if (!RequestTopic().IsMatch(sentence))
        {
            yield break;
        }

        foreach (var clause in NarrativeText.Clauses(sentence))
        {
            if (NotTableSubject().IsMatch(clause) || Remedy().IsMatch(clause))
            {
                continue;
            }

            if (NoneReceived().IsMatch(clause) && figures.New is > 0 and var received)
            {
                yield return $"K8 文中称“{Quote(clause)}”，但表三一、本年新收总计为{Text(received)}件";
                continue;
            }

            var counts = NarrativeText.Count().Matches(clause).Where(m => RequestUnit().IsMatch(m.Groups["unit"].Value)).ToList();
            if (counts.Count != 1)
            {
                continue;
            }

            var stated = NarrativeText.ParseNumber(counts[0].Groups["n"].Value);
            var (accepted, table) = Expected(context, figures, clause);
            if (accepted.Length > 0 && !accepted.Contains(stated))
            {
                yield return $"K8 文中称“{Quote(clause)}”，但{table}";
            }
        }
    }

    /// <summary>The table figures a clause may mean, and how to name them in the message.</summary>
    private static (decimal[] Accepted, string Table) Expected(CheckContext context, TableFigures figures, string clause)
    {
        static decimal[] Known(params decimal?[] values) => values.Any(v => v is null) ? [] : values.Select(v => v!.Value).ToArray();

        if (CarriedForwardWords().IsMatch(clause))
        {
            return (Known(figures.CarriedForward), $"表三四、结转下年度继续办理总计为{Text(figures.CarriedForward ?? 0)}件");
        }

        if (CarriedOverWords().IsMatch(clause))
        {
            return (Known(figures.CarriedOver), $"表三二、上年结转总计为{Text(figures.CarriedOver ?? 0)}件");
        }

        if (Disposition().Match(clause) is { Success: true } outcome)
        {
            var keyword = outcome.Value is "同意公开" or "全部公开" ? "予以公开" : outcome.Value;
            var group = figures.Group(keyword, context.Dispositions);
            return (Known(group), $"表三“{keyword}”合计为{Text(group ?? 0)}件");
        }

        var topic = clause.Contains("申请", StringComparison.Ordinal);
        var description = $"表三一、本年新收总计为{Text(figures.New ?? 0)}件（加上年结转为{Text(figures.NewAndCarriedOver ?? 0)}件）";
        if (topic && Received().IsMatch(clause))
        {
            return (Known(figures.New, figures.NewAndCarriedOver), description);
        }

        return topic && Handled().IsMatch(clause)
            ? (Known(figures.New, figures.NewAndCarriedOver, figures.Outcomes), description)
            : ([], string.Empty);
    }

    private static IEnumerable<string> RemedyStatements(TableFigures figures, string sentence)
    {
        if (!Remedy().IsMatch(sentence) || !sentence.Contains("公开", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var clause in NarrativeText.Clauses(sentence))
        {
            if (RemedyResult().IsMatch(clause))
            {
                continue;
            }

            if (NoRemedy().IsMatch(clause))
            {
                if (clause.Contains("复议", StringComparison.Ordinal) && figures.Reconsideration is > 0 and var r)
                {
                    yield return $"K8 文中称“{Quote(clause)}”，但表四行政复议总计为{Text(r)}件";
                }

                if (clause.Contains("诉讼", StringComparison.Ordinal) && figures.Litigation is > 0 and var l)
                {
                    yield return $"K8 文中称“{Quote(clause)}”，但表四行政诉讼总计为{Text(l)}件";
                }

                continue;
            }

            foreach (Match match in RemedyCount().Matches(clause))
            {
                var stated = NarrativeText.ParseNumber(match.Groups["n"].Value);
                var between = match.Groups["between"].Value;
                var isReconsideration = match.Groups["kind"].Value == "复议";
                decimal?[] accepted = between.Contains('共', StringComparison.Ordinal) || between.Contains("合计", StringComparison.Ordinal)
                    ? [figures.Remedies]
                    : isReconsideration ? [figures.Reconsideration] : [figures.Litigation, figures.LitigationDirect, figures.LitigationAfter];
                if (accepted.Any(a => a is null) || accepted.Contains(stated))
                {
                    continue;
                }

                yield return isReconsideration
                    ? $"K8 文中称“{Quote(clause)}”，但表四行政复议总计为{Text(figures.Reconsideration!.Value)}件"
                    : $"K8 文中称“{Quote(clause)}”，但表四行政诉讼总计为{Text(figures.Litigation!.Value)}件";
            }
        }
    }

    private static string Quote(string clause)
    {
        var text = clause.Trim();
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    [GeneratedRegex(@"政府信息公开申请|依申请公开|信息公开申请|公开申请|申请公开")]
    private static partial Regex RequestTopic();

    // Hotline, mailbox, 舆情, 问政, petitions and proposals are counted elsewhere, not in tables 三/四.
    [GeneratedRegex(@"热线|信箱|舆情|问政|咨询|信访(?!举报投诉类)|留言|来信|来电|12345|建议|提案|网民|诉求")]
    private static partial Regex NotTableSubject();

    [GeneratedRegex(@"件|个|份|条")]
    private static partial Regex RequestUnit();

    [GeneratedRegex(@"(未|没有|无)(收到|受理|接到|新收|接收)")]
    private static partial Regex NoneReceived();

    [GeneratedRegex(@"结转(到|至)?下一?年|转入下一?年|下一?年度继续办理")]
    private static partial Regex CarriedForwardWords();

    [GeneratedRegex(@"上一?年度?结转|结转上一?年|上年度?遗留")]
    private static partial Regex CarriedOverWords();

    [GeneratedRegex(@"部分公开|不予公开|无法提供|不予处理|其他处理|予以公开|同意公开|全部公开")]
    private static partial Regex Disposition();

    [GeneratedRegex(@"新收|新增|收到|受理|接收|接到|提出")]
    private static partial Regex Received();

    [GeneratedRegex(@"办理|处理|答复|办结")]
    private static partial Regex Handled();

    [GeneratedRegex(@"复议|诉讼")]
    private static partial Regex Remedy();

    [GeneratedRegex(@"纠错|纠正|败诉|胜诉|撤销|确认违法|维持|驳回")]
    private static partial Regex RemedyResult();

    [GeneratedRegex(@"(未|没有|无)(发生|出现|收到|涉及|产生|因)?[^，。；\d]{0,20}?(行政复议|行政诉讼)")]
    private static partial Regex NoRemedy();

    [GeneratedRegex(@"行政(?<kind>复议|诉讼)(?<between>[^，。；\d]{0,12}?)(?<n>\d+)\s*(件|起|宗|个)")]
    private static partial Regex RemedyCount();
}
