using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.PublicRequests;

internal sealed class RequestTicketConfiguration : IEntityTypeConfiguration<RequestTicket>
{
    public void Configure(EntityTypeBuilder<RequestTicket> builder)
    {
        builder.ToTable("RequestTickets");
        builder.Property(t => t.TrackingCode).HasMaxLength(16);
        builder.HasIndex(t => t.TrackingCode).IsUnique();
        builder.Property(t => t.SecretHash).HasMaxLength(32);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.RequestId).IsUnique();
        builder.HasOne<Requests.RequestRecord>().WithMany().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
