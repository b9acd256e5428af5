namespace Gongkai.Domain.Remedies;

/// <summary>How a reconsideration or lawsuit ended (table 四's result columns).</summary>
public enum RemedyResult
{
    /// <summary>尚未审结.</summary>
    Pending,

    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    Other,
}
