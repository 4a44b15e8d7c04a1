using MassarDalil.Content.Media;
using MassarDalil.Content.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> item)
    {
        item.ToTable("MediaItems");
        item.Property(m => m.Hash).HasMaxLength(MediaHash.Length);
        item.HasIndex(m => m.Hash).IsUnique();
        item.Property(m => m.FileName).HasMaxLength(255);
        item.Property(m => m.ContentType).HasMaxLength(32);
        item.Property(m => m.UploadedBy).HasMaxLength(256);
        item.HasMany(m => m.Variants).WithOne().HasForeignKey(v => v.MediaItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasMany(m => m.AltTexts).WithOne().HasForeignKey(a => a.MediaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediaVariantConfiguration : IEntityTypeConfiguration<MediaVariant>
{
    public void Configure(EntityTypeBuilder<MediaVariant> variant)
    {
        variant.ToTable("MediaVariants");
        // One row per width; the public URL finds it by (image, width).
        variant.HasIndex(v => new { v.MediaItemId, v.Width }).IsUnique();
    }
}

internal sealed class MediaAltConfiguration : IEntityTypeConfiguration<MediaAlt>
{
    public void Configure(EntityTypeBuilder<MediaAlt> alt)
    {
        alt.ToTable("MediaAltTexts");
        alt.HasKey(a => new { a.MediaItemId, a.SiteKey });
        alt.Property(a => a.SiteKey).HasMaxLength(8);
        alt.Property(a => a.Text).HasMaxLength(MediaOptions.AltMax);
        alt.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteKey).OnDelete(DeleteBehavior.Cascade);
    }
}
