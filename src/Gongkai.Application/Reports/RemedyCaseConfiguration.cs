using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Reports;

internal sealed class RemedyCaseConfiguration : IEntityTypeConfiguration<RemedyCase>
{
    public void Configure(EntityTypeBuilder<RemedyCase> builder)
    {
        builder.ToTable("RemedyCases");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Body).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.AgencyId, r.FiledOn });
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Requests.RequestRecord>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
