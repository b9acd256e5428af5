namespace Gongkai.Domain.Catalogue;

/// <summary>Where a catalogue item is on its way to the public column.</summary>
public enum PublicationState
{
    /// <summary>草稿: being written; not public.</summary>
    Draft,

    /// <summary>待审核: submitted for approval (保密审查, Art. 17); not public.</summary>
    AwaitingApproval,

    /// <summary>已公开: approved and in the column.</summary>
    Published,

    /// <summary>已撤回: taken out of the column; the record, its 索引号 and the reason stay.</summary>
    Withdrawn,
}
