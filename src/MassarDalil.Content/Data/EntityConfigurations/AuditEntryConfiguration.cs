using MassarDalil.Content.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.ToTable("Audit");
        audit.Property(a => a.Actor).HasMaxLength(AuditEntry.MaxActorLength);
        audit.Property(a => a.Action).HasMaxLength(32);
        audit.Property(a => a.Target).HasMaxLength(AuditEntry.MaxTargetLength);
        audit.HasIndex(a => a.At);
    }
}
