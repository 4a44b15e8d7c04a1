using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class ContentEventConfiguration : IEntityTypeConfiguration<ContentEvent>
{
    public void Configure(EntityTypeBuilder<ContentEvent> contentEvent)
    {
        contentEvent.ToTable("ContentEvents");
        contentEvent.Property(e => e.Id).ValueGeneratedNever();
        contentEvent.Property(e => e.Type).HasMaxLength(32);
        contentEvent.Property(e => e.SiteKey).HasMaxLength(8);
        contentEvent.Property(e => e.PageKey).HasMaxLength(120);
        contentEvent.Property(e => e.PageType).HasMaxLength(16);
        contentEvent.Property(e => e.Slug).HasMaxLength(120);
        contentEvent.Property(e => e.Title).HasMaxLength(400);
        contentEvent.Property(e => e.Actor).HasMaxLength(256);
        // The dispatcher's question: which events are not handed out yet?
        contentEvent.HasIndex(e => new { e.DispatchedAt, e.OccurredAt });
    }
}
