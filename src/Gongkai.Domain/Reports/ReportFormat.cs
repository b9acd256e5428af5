namespace Gongkai.Domain.Reports;

/// <summary>The State Council's annual-report formats (统一格式, Regulation Art. 50).</summary>
public enum ReportFormat
{
    /// <summary>《年度报告格式（试行）》, 国办公开办函〔2019〕60号: reports for 2019 and 2020.</summary>
    Trial2019 = 2019,

    /// <summary>Revised format, 国办公开办函〔2021〕30号: reports for 2021 onward.</summary>
    Revised2021 = 2021,
}
