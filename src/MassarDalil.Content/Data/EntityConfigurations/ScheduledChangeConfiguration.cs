using MassarDalil.Content.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class ScheduledChangeConfiguration : IEntityTypeConfiguration<ScheduledChange>
{
    public void Configure(EntityTypeBuilder<ScheduledChange> change)
    {
        change.ToTable("ScheduledChanges");
        change.Property(c => c.Action).HasMaxLength(16);
        change.Property(c => c.CreatedBy).HasMaxLength(256);
        // A page's schedule goes with the page.
        change.HasOne(c => c.Page).WithMany().HasForeignKey(c => c.PageId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => new { c.PageId, c.Action }).IsUnique();
        // The scheduler's question every few seconds: what is due?
        change.HasIndex(c => c.DueAt);
    }
}
