namespace Gongkai.Domain.Catalogue;

/// <summary>有效性 of a published item, as shown in the metadata block (law-and-formats.md §4.3).</summary>
public enum ItemValidity
{
    /// <summary>有效: in force.</summary>
    Effective,

    /// <summary>失效: lapsed at the end of its own term (有效期届满).</summary>
    Expired,

    /// <summary>废止: repealed by a later act.</summary>
    Repealed,
}
