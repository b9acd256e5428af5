using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Requests.Attachments;

internal sealed class RequestAttachmentConfiguration : IEntityTypeConfiguration<RequestAttachment>
{
    public void Configure(EntityTypeBuilder<RequestAttachment> builder)
    {
        builder.ToTable("RequestAttachments");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
        builder.Property(a => a.RemovedBy).HasMaxLength(100);
        builder.Property(a => a.RemovalReason).HasMaxLength(500);
        builder.Ignore(a => a.IsRemoved);
        builder.HasIndex(a => a.RequestId);
        builder.HasOne<RequestRecord>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
