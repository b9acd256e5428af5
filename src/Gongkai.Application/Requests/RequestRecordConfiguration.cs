using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Requests;

internal sealed class RequestRecordConfiguration : IEntityTypeConfiguration<RequestRecord>
{
    public void Configure(EntityTypeBuilder<RequestRecord> builder)
    {
        builder.ToTable("Requests");
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.HasIndex(r => new { r.AgencyId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.AgencyId, r.State, r.DueOn });
        builder.HasIndex(r => new { r.AgencyId, r.ReceivedOn });
        builder.HasIndex(r => new { r.AgencyId, r.ConcludedOn });
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ApplicantKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.IdentityKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ApplicantName).HasMaxLength(200);
        builder.Property(r => r.IdentityNumber).HasMaxLength(40);
        builder.Property(r => r.Contact).HasMaxLength(500);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.DispositionKey).HasMaxLength(60);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
