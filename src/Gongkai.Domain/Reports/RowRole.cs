namespace Gongkai.Domain.Reports;

/// <summary>How a row takes part in the table's arithmetic.</summary>
public enum RowRole
{
    /// <summary>An ordinary row of figures (table 二, table 四).</summary>
    Figures,

    /// <summary>Table 三 一、本年新收.</summary>
    NewRequests,

    /// <summary>Table 三 二、上年结转.</summary>
    CarriedOver,

    /// <summary>A leaf row of table 三 三、本年度办理结果: one disposition (办理结果).</summary>
    Disposition,

    /// <summary>Table 三 （七）总计.</summary>
    DispositionTotal,

    /// <summary>Table 三 四、结转下年度继续办理.</summary>
    CarriedForward,
}
