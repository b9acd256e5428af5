using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Catalogue;

internal sealed class CatalogueConfiguration :
    IEntityTypeConfiguration<CatalogueItem>,
    IEntityTypeConfiguration<IndexNumberCounterRecord>,
    IEntityTypeConfiguration<CatalogueSettings>
{
    public void Configure(EntityTypeBuilder<CatalogueItem> builder)
    {
        builder.ToTable("CatalogueItems");
        builder.Property(i => i.IndexNumber).HasMaxLength(80);
        builder.HasIndex(i => new { i.AgencyId, i.IndexNumber }).IsUnique();
        // The public listing's order (newest first, then 索引号) and the per-category counts come straight
        // from these indexes: a deep page skips index entries only, a count reads no item row. On PostgreSQL
        // both also INCLUDE the id, category/topic, title and 文号 (hand-written migration
        // CatalogueCoveringIndexes, ADR-011): if you change either index here, carry the INCLUDE over.
        builder.HasIndex(i => new { i.AgencyId, i.State, i.PublishedOn, i.IndexNumber });
        builder.HasIndex(i => new { i.AgencyId, i.State, i.CategoryCode, i.PublishedOn, i.IndexNumber });
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.IssuingBody).HasMaxLength(200);
        builder.Property(i => i.DocumentNumber).HasMaxLength(100);
        builder.Property(i => i.CategoryCode).HasMaxLength(20);
        builder.Property(i => i.TopicCode).HasMaxLength(20);
        builder.Property(i => i.Summary).HasMaxLength(2000);
        builder.Property(i => i.Body).HasMaxLength(200_000);
        builder.Property(i => i.WithdrawalReason).HasMaxLength(500);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.Validity);
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<IndexNumberCounterRecord> builder)
    {
        builder.ToTable("IndexNumberCounters");
        builder.HasKey(c => new { c.AgencyId, c.Year });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CatalogueSettings> builder)
    {
        builder.ToTable("CatalogueSettings");
        builder.HasKey(s => s.AgencyId);
        builder.Property(s => s.IndexTemplate).HasMaxLength(120);
        builder.Property(s => s.Fax).HasMaxLength(60);
        builder.Property(s => s.GuideText).HasMaxLength(50_000);
        builder.Property(s => s.GuideEdits).HasMaxLength(50_000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
