namespace Gongkai.Domain.Catalogue;

/// <summary>An action on a catalogue item's publication.</summary>
public enum PublicationStep
{
    /// <summary>送审: the clerk submits a draft for approval.</summary>
    Submit,

    /// <summary>审核通过并公开: the approver publishes it.</summary>
    Approve,

    /// <summary>退回修改: the approver sends it back.</summary>
    Return,

    /// <summary>撤回: take a published item out of the column (reason required).</summary>
    Withdraw,
}
