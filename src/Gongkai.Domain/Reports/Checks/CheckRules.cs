namespace Gongkai.Domain.Reports.Checks;

/// <summary>The rule ids findings carry (law-and-formats §3.6).</summary>
public static class CheckRules
{
    /// <summary>一 + 二 = 三（七）总计 + 四 per applicant column (printed in table 三's header).</summary>
    public const string RequestsBalance = "K1";

    /// <summary>Table 三: each row's 总计 = the six applicant columns.</summary>
    public const string RowTotals = "K2";

    /// <summary>Table 三: （七）总计 = the sum of the disposition rows.</summary>
    public const string DispositionTotal = "K3";

    /// <summary>Table 四: each block's 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
    public const string RemedyTotals = "K4";

    /// <summary>Each application counted once among the dispositions.</summary>
    public const string SingleCount = "K5";

    /// <summary>二、上年结转 = last year's 四、结转下年度继续办理.</summary>
    public const string CarryOver = "K6";

    /// <summary>(2021) 现行有效件数 ≈ last year's + 制发 − 废止.</summary>
    public const string DocumentsInForce = "K7";

    /// <summary>Figures stated in the narrative agree with the tables and with each other.</summary>
    public const string NarrativeFigures = "K8";

    /// <summary>Cells hold non-negative whole numbers (amounts in 万元 may have decimals); blanks should be 0.</summary>
    public const string CellValues = "K9";

    /// <summary>The report uses the format its year requires, and only that one.</summary>
    public const string FormatVersion = "K10";

    /// <summary>(2021+) Section 六 states the 信息处理费 charged, or that none was.</summary>
    public const string ProcessingFees = "K11";

    /// <summary>Six sections, in order, with the format's titles and consistent numbering.</summary>
    public const string Structure = "STRUCTURE";

    /// <summary>Figures that the agency could not plausibly report.</summary>
    public const string Plausibility = "PLAUSIBILITY";
}
