namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// Runs every check of law-and-formats §3.6 (K1–K11), the structure check and the plausibility checks
/// over one annual report (Regulation Art. 50; 国办公开办函〔2019〕60号 and 〔2021〕30号).
/// </summary>
public static class AnnualReportChecks
{
    private static readonly IReportCheck[] Checks =
    [
        new FormatVersionCheck(),
        new SectionOutlineCheck(),
        new SectionNumberingCheck(),
        new CellValuesCheck(),
        new RequestsBalanceCheck(),
        new RequestRowTotalsCheck(),
        new DispositionTotalCheck(),
        new SingleCountCheck(),
        new RemedyTotalsCheck(),
        new CarryOverCheck(),
        new DocumentsInForceCheck(),
        new NarrativeFiguresCheck(),
        new ProcessingFeeStatementCheck(),
        new RuleMakingPowerCheck(),
        new NarrativePercentagesCheck(),
    ];

    /// <summary>All findings for <paramref name="report"/>, in check order; empty when it keeps every rule.</summary>
    /// <param name="report">The report to check.</param>
    /// <param name="previousYear">Last year's report of the same agency, for K6 and K7; those rules are skipped without it.</param>
    public static IReadOnlyList<Finding> Run(AnnualReport report, AnnualReport? previousYear = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var context = new CheckContext(report, previousYear);
        var findings = new List<Finding>();
        foreach (var check in Checks)
        {
            findings.AddRange(check.Check(context));
        }

        return findings;
    }
}
