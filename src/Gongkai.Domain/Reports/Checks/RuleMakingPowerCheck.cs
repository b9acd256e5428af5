using Gongkai.Domain.Agencies;
using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// PLAUSIBILITY: only State Council departments and the governments of provinces, 设区的市 and 自治州
/// make 规章 (《立法法》2023 Art. 91, 93). A 乡镇, a 街道 or a county-level government or department
/// that reports 规章 in 第二十条第（一）项 has most likely put 规范性文件 in the wrong row.
/// </summary>
internal sealed class RuleMakingPowerCheck : IReportCheck
{
    internal const string RulesRow = "rules";

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var level = AgencyLevel.FromName(context.Report.AgencyName);
        if (level.MayMakeRules)
        {
            yield break;
        }

        var nonZero = context.Index.RulesCells.Where(c => context.TryGet(c.Key, out var n) && n != 0).ToList();
        if (nonZero.Count == 0)
        {
            yield break;
        }

        var what = level.Tier switch
        {
            AdministrativeTier.Township => "乡镇",
            AdministrativeTier.Subdistrict => "街道",
            _ => level.IsGovernment ? "县级人民政府" : "县级政府部门",
        };
        var figures = string.Join("、", nonZero.Select(c => $"{c.Column.Label}{Text(context.Report[c.Key].OrZero)}"));
        yield return context.Finding(
            CheckRules.Plausibility,
            FindingSeverity.Warning,
            nonZero[0].Key,
            $"{context.Report.AgencyName}属于{what}，无权制定规章（《立法法》第九十一条、第九十三条），但第二十条第（一）项“规章”填报了{figures}；"
            + $"规范性文件应填在“{context.Definition.Table(TableKeys.Proactive).Rows.First(r => r.Row.Key == "normative_documents").Row.Label}”一行");
    }
}
