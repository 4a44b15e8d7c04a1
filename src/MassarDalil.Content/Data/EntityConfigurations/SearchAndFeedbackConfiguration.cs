using MassarDalil.Content.Feedback;
using MassarDalil.Content.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class SynonymGroupConfiguration : IEntityTypeConfiguration<SynonymGroup>
{
    public void Configure(EntityTypeBuilder<SynonymGroup> group)
    {
        group.ToTable("SynonymGroups");
        group.Property(g => g.Terms).HasMaxLength(2000)
            .HasConversion(new JsonColumnConverter<List<string>>(), new StringListComparer());
        group.Property(g => g.UpdatedBy).HasMaxLength(256);
        // The spellings visitors are known to use; editors add more in the manager.
        group.HasData(
            Seeded(1, "massar", "masar", "مسار"),
            Seeded(2, "moutamadris", "motamadris", "متمدرس"),
            Seeded(3, "waliye", "wali", "ولي", "وليي"),
            Seeded(4, "كلمة المرور", "كلمة السر", "القن السري"));
    }

    private static SynonymGroup Seeded(int id, params string[] terms) =>
        new() { Id = id, Terms = [.. terms], UpdatedAt = DateTimeOffset.UnixEpoch, UpdatedBy = "seed" };
}

internal sealed class UnansweredSearchConfiguration : IEntityTypeConfiguration<UnansweredSearch>
{
    public void Configure(EntityTypeBuilder<UnansweredSearch> search)
    {
        search.ToTable("UnansweredSearches");
        search.Property(s => s.Language).HasMaxLength(8);
        search.Property(s => s.Text).HasMaxLength(SearchQueryText.MaxLength);
        search.HasIndex(s => new { s.Language, s.Text, s.Day }).IsUnique();
        search.HasIndex(s => s.Day);
    }
}

internal sealed class AnswerVoteConfiguration : IEntityTypeConfiguration<AnswerVote>
{
    public void Configure(EntityTypeBuilder<AnswerVote> vote)
    {
        vote.ToTable("AnswerVotes");
        vote.Property(v => v.Language).HasMaxLength(8);
        vote.Property(v => v.QuestionKey).HasMaxLength(120);
        vote.Property(v => v.Reason).HasConversion<string>().HasMaxLength(16);
        vote.Property(v => v.Ballot).HasMaxLength(64);
        vote.HasIndex(v => v.Ballot).IsUnique();
        vote.HasIndex(v => new { v.Language, v.QuestionKey });
    }
}
