using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K11: from the 2021 report on, section 六 states the 信息处理费 charged, or says that none was.
/// The fees exist since 1 January 2021 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号), and the
/// 2021 format (国办公开办函〔2021〕30号) asks for them under 六、其他需要报告的事项.
/// </summary>
internal sealed partial class ProcessingFeeStatementCheck : IReportCheck
{
    private const int FirstYear = 2021;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Report.Year < FirstYear)
        {
            yield break;
        }

        var section = context.Report.Section(6);
        var text = section?.Text.Trim() ?? string.Empty;
        if (FeeWording().IsMatch(text))
        {
            yield break;
        }

        var what = text.Length == 0 || text is "无" or "无。" ? "第六部分没有内容" : "第六部分未提及信息处理费";
        yield return new Finding(
            CheckRules.ProcessingFees,
            FindingSeverity.Warning,
            new FindingLocation(6, null, section?.Source),
            $"K11 {what}：2021年起应在“六、其他需要报告的事项”中写明信息处理费的收取情况（发出收费通知的件数和金额、实际收取的金额），未收取的应明确说明（国办函〔2020〕109号）");
    }

    [GeneratedRegex(@"信息处理费|处理费|收费|收取[^。；]{0,8}费|费用")]
    private static partial Regex FeeWording();
}
