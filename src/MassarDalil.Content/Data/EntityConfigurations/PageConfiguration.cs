using MassarDalil.Content.Pages;
using MassarDalil.Content.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> page)
    {
        page.Property(p => p.SiteKey).HasMaxLength(8);
        page.Property(p => p.Type).HasMaxLength(16);
        page.Property(p => p.Slug).HasMaxLength(120);
        page.Property(p => p.TranslationKey).HasMaxLength(120);
        page.Property(p => p.DraftUpdatedBy).HasMaxLength(256);
        page.Property(p => p.TrashedBy).HasMaxLength(256);
        page.Ignore(p => p.Draft);
        // The column keeps its name: a row written before the questions had rows of their own is read as it is.
        page.Property(p => p.StoredDraft).HasColumnName("Draft").UsePropertyAccessMode(PropertyAccessMode.Property)
            .HasConversion(new JsonColumnConverter<PageContent>(), new PageContentComparer());
        // Loaded with the page by every query (split from it, see ContentEngineExtensions), so Page.Draft is always whole.
        page.HasMany(p => p.DraftQuestions).WithOne().HasForeignKey(q => q.PageId).OnDelete(DeleteBehavior.Cascade);
        page.Navigation(p => p.DraftQuestions).AutoInclude();
        page.Property(p => p.DraftVersion).IsConcurrencyToken();

        page.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteKey).OnDelete(DeleteBehavior.Restrict);
        page.HasIndex(p => new { p.SiteKey, p.Slug }).IsUnique();
        page.HasIndex(p => new { p.SiteKey, p.TranslationKey }).IsUnique();

        page.HasMany(p => p.Revisions).WithOne(r => r.Page).HasForeignKey(r => r.PageId)
            .OnDelete(DeleteBehavior.Cascade);
        page.HasOne(p => p.PublishedRevision).WithMany().HasForeignKey(p => p.PublishedRevisionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
