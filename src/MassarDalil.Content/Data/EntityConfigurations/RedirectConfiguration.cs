using MassarDalil.Content.Redirects;
using MassarDalil.Content.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> redirect)
    {
        redirect.ToTable("Redirects");
        redirect.Property(r => r.SiteKey).HasMaxLength(8);
        redirect.Property(r => r.FromSlug).HasMaxLength(120);
        redirect.Property(r => r.ToSlug).HasMaxLength(120);
        redirect.Property(r => r.Kind).HasMaxLength(16);
        redirect.Property(r => r.CreatedBy).HasMaxLength(256);
        redirect.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteKey).OnDelete(DeleteBehavior.Cascade);
        // One answer per old address; lookups by target collapse chains when a page is renamed again.
        redirect.HasIndex(r => new { r.SiteKey, r.FromSlug }).IsUnique();
        redirect.HasIndex(r => new { r.SiteKey, r.ToSlug });
    }
}
