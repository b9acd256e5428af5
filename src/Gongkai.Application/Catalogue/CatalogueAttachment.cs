using Gongkai.Application.Persistence;

namespace Gongkai.Application.Catalogue;

/// <summary>A file published with a catalogue item (Art. 24: 下载), stored in the database with its checked type.</summary>
public sealed class CatalogueAttachment : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    public Guid AgencyId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }
}
