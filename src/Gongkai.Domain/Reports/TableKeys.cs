namespace Gongkai.Domain.Reports;

/// <summary>The stable keys of the three tables.</summary>
public static class TableKeys
{
    /// <summary>二、主动公开政府信息情况.</summary>
    public const string Proactive = "proactive";

    /// <summary>三、收到和处理政府信息公开申请情况.</summary>
    public const string Requests = "requests";

    /// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
    public const string Remedies = "remedies";
}
