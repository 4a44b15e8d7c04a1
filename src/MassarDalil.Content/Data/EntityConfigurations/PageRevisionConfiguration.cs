using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class PageRevisionConfiguration : IEntityTypeConfiguration<PageRevision>
{
    public void Configure(EntityTypeBuilder<PageRevision> revision)
    {
        revision.ToTable("Revisions");
        revision.Property(r => r.Slug).HasMaxLength(120);
        revision.Property(r => r.Author).HasMaxLength(256);
        revision.Property(r => r.Content)
            .HasConversion(new JsonColumnConverter<PageContent>(), new PageContentComparer());
        revision.HasIndex(r => new { r.PageId, r.Number }).IsUnique();
    }
}
