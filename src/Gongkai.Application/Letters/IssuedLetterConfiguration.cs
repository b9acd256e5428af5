using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Letters;

internal sealed class IssuedLetterConfiguration : IEntityTypeConfiguration<IssuedLetter>
{
    public void Configure(EntityTypeBuilder<IssuedLetter> builder)
    {
        builder.ToTable("IssuedLetters");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(l => new { l.AgencyId, l.Kind, l.Year, l.Sequence }).IsUnique();
        builder.HasIndex(l => l.StepId).IsUnique();
        builder.HasIndex(l => l.RequestId);
        builder.Property(l => l.Number).HasMaxLength(100);
        builder.Property(l => l.Title).HasMaxLength(300);
        builder.Property(l => l.FileName).HasMaxLength(300);
        builder.Property(l => l.ContentSha256).HasMaxLength(64);
        builder.Property(l => l.IssuedBy).HasMaxLength(100);
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(l => l.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Requests.RequestRecord>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Requests.RequestStepRecord>().WithMany().HasForeignKey(l => l.StepId).OnDelete(DeleteBehavior.Cascade);
    }
}
