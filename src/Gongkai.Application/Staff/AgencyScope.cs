namespace Gongkai.Application.Staff;

/// <summary>
/// What one member of staff may see and change: the agencies visible to them and whether they may
/// write. Staff of one agency never see another agency's data; a supervisor sees its subtree
/// read-only; a system administrator sees everything.
/// </summary>
public sealed record AgencyScope(Guid HomeAgencyId, IReadOnlySet<Guid> VisibleAgencyIds, bool CanWrite)
{
    public bool CanSee(Guid agencyId) => VisibleAgencyIds.Contains(agencyId);

    /// <summary>Writes are allowed only in the user's own agency (or anywhere for a system administrator).</summary>
    public bool CanChange(Guid agencyId) => CanWrite && CanSee(agencyId);
}
