using MassarDalil.Content.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> site)
    {
        site.HasKey(s => s.Key);
        site.Property(s => s.Key).HasMaxLength(8);
        site.Property(s => s.Culture).HasMaxLength(16);
        site.Property(s => s.Direction).HasConversion<string>().HasMaxLength(3);
        site.Property(s => s.Title).HasMaxLength(200);
        site.Property(s => s.Tagline).HasMaxLength(400);
        site.Ignore(s => s.IsRightToLeft);
        site.Ignore(s => s.Dir);
    }
}
