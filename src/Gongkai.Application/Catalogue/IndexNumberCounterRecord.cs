using Gongkai.Application.Persistence;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// The last 索引号 sequence issued by an agency in a year. Advanced in the publishing transaction; the
/// concurrency token makes two approvers racing for the same number retry instead of sharing it.
/// </summary>
public sealed class IndexNumberCounterRecord : IVersioned
{
    public Guid AgencyId { get; set; }

    public int Year { get; set; }

    public int LastIssued { get; set; }

    public long Version { get; set; }
}
