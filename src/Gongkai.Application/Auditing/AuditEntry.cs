namespace Gongkai.Application.Auditing;

/// <summary>
/// One line of the audit trail: who changed what, when. It names the record and the changed fields,
/// never their values, so that no personal data (an applicant's name, ID number, address) is copied
/// into the trail.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public Guid AgencyId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The staff user's id, or <c>system</c> for start-up work such as the demo data.</summary>
    public required string ActorId { get; set; }

    /// <summary><c>Added</c>, <c>Modified</c> or <c>Deleted</c>, or a named action such as <c>Extended</c>.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The names of the changed properties, comma-separated.</summary>
    public string ChangedFields { get; set; } = "";
}
