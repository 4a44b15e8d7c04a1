using MassarDalil.Content.Published;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class ContentStateConfiguration : IEntityTypeConfiguration<ContentState>
{
    public void Configure(EntityTypeBuilder<ContentState> state)
    {
        state.ToTable("ContentState");
        state.Property(s => s.Id).ValueGeneratedNever();
        // See ContentDbContext.SaveChangesAsync: concurrent raises must not collapse into one.
        state.Property(s => s.Version).IsConcurrencyToken();
        state.HasData(new ContentState { Id = ContentState.SingletonId, Version = 0, ChangedAt = DateTimeOffset.UnixEpoch });
    }
}
