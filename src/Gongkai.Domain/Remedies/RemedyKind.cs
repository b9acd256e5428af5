namespace Gongkai.Domain.Remedies;

/// <summary>The three column groups of table 四.</summary>
public enum RemedyKind
{
    /// <summary>行政复议.</summary>
    Reconsideration,

    /// <summary>行政诉讼，未经复议直接起诉.</summary>
    LitigationDirect,

    /// <summary>行政诉讼，复议后起诉.</summary>
    LitigationAfterReconsideration,
}
