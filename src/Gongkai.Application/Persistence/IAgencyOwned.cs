namespace Gongkai.Application.Persistence;

/// <summary>A record that belongs to one agency; changes to it are written to the audit trail.</summary>
public interface IAgencyOwned
{
    Guid AgencyId { get; }
}
