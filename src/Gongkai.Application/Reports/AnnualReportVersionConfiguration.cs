using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Reports;

internal sealed class AnnualReportVersionConfiguration : IEntityTypeConfiguration<AnnualReportVersion>
{
    public void Configure(EntityTypeBuilder<AnnualReportVersion> builder)
    {
        builder.ToTable("AnnualReports");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Overview).HasMaxLength(20000);
        builder.Property(r => r.Problems).HasMaxLength(20000);
        builder.Property(r => r.OtherMatters).HasMaxLength(20000);
        builder.Property(r => r.CorrectionNote).HasMaxLength(2000);
        builder.Property(r => r.ApprovedBy).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.AgencyId, r.Year, r.Number }).IsUnique();
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
