using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Application.Requests;

internal sealed class RequestStepRecordConfiguration : IEntityTypeConfiguration<RequestStepRecord>
{
    public void Configure(EntityTypeBuilder<RequestStepRecord> builder)
    {
        builder.ToTable("RequestSteps");
        builder.HasIndex(s => new { s.RequestId, s.Sequence }).IsUnique();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Consultation).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Approver).HasMaxLength(100);
        builder.Property(s => s.DispositionKey).HasMaxLength(60);
        builder.Property(s => s.FeeAmount).HasPrecision(12, 2);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.Property(s => s.RecordedBy).HasMaxLength(100);
    }
}
