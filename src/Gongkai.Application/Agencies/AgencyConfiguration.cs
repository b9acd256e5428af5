using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Agencies;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("Agencies");
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        builder.HasIndex(a => a.CreditCode).IsUnique();
        builder.Property(a => a.Address).HasMaxLength(300);
        builder.Property(a => a.Phone).HasMaxLength(50);
        builder.Property(a => a.Email).HasMaxLength(200);
        builder.Property(a => a.OfficeHours).HasMaxLength(200);
        builder.Property(a => a.DisclosureOffice).HasMaxLength(100);
        builder.Property(a => a.ReviewBody).HasMaxLength(200);
        builder.Property(a => a.OnlineReviewChannel).HasMaxLength(300);
        builder.Property(a => a.LetterCode).HasMaxLength(20);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Parent).WithMany(a => a.Children).HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
