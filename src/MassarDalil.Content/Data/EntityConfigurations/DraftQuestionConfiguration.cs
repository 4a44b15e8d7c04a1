using MassarDalil.Content.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class DraftQuestionConfiguration : IEntityTypeConfiguration<DraftQuestion>
{
    public void Configure(EntityTypeBuilder<DraftQuestion> question)
    {
        question.ToTable("DraftQuestions");
        question.HasKey(q => new { q.PageId, q.Key });
        question.Property(q => q.SearchTerms)
            .HasConversion(new JsonColumnConverter<List<string>>(), new StringListComparer());
    }
}
