namespace Gongkai.Domain.Reports;

/// <summary>What a table cell holds.</summary>
public enum ValueKind
{
    /// <summary>A non-negative whole number of items, applications or cases.</summary>
    Count,

    /// <summary>A whole number that may be negative: the 2019 format's "本年增/减" column.</summary>
    SignedCount,

    /// <summary>A non-negative amount in 万元 that may carry decimals.</summary>
    AmountTenThousandYuan,
}
