namespace Gongkai.Domain.Reports;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>The report breaks a rule of the format or the arithmetic (e.g. K1).</summary>
    Error,

    /// <summary>Probably wrong, or against common practice; a person should look (e.g. K9 blanks).</summary>
    Warning,

    /// <summary>
    /// Not a defect of the report: the reader could not place a value for sure. "请核对识别结果".
    /// </summary>
    VerifyReading,
}
