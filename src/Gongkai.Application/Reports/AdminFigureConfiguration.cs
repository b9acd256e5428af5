using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Reports;

internal sealed class AdminFigureConfiguration : IEntityTypeConfiguration<AdminFigure>
{
    public void Configure(EntityTypeBuilder<AdminFigure> builder)
    {
        builder.ToTable("AdminFigures");
        builder.Property(f => f.CellKey).HasMaxLength(100);
        builder.Property(f => f.Value).HasPrecision(18, 4);
        builder.HasIndex(f => new { f.AgencyId, f.Year, f.CellKey }).IsUnique();
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
