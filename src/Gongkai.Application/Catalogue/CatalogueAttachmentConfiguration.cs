using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Catalogue;

internal sealed class CatalogueAttachmentConfiguration : IEntityTypeConfiguration<CatalogueAttachment>
{
    public void Configure(EntityTypeBuilder<CatalogueAttachment> builder)
    {
        builder.ToTable("CatalogueAttachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.HasIndex(a => a.ItemId);
        builder.HasOne<CatalogueItem>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
