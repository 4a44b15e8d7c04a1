using MassarDalil.Content.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassarDalil.Content.Data.EntityConfigurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> webhook)
    {
        webhook.Property(w => w.Url).HasMaxLength(WebhookUrl.MaxLength);
        // Room for the Data Protection envelope around the secret (180 characters), and for a change of algorithm.
        webhook.Property(w => w.Secret).HasMaxLength(512);
        webhook.Property(w => w.CreatedBy).HasMaxLength(256);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.Property(d => d.Event).HasMaxLength(32);
        delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        delivery.Property(d => d.Error).HasMaxLength(500);
        delivery.HasOne(d => d.Webhook).WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        // The sender's question: which pending deliveries are due?
        delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        delivery.HasIndex(d => new { d.WebhookId, d.Id });
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> attempt)
    {
        attempt.Property(a => a.Error).HasMaxLength(500);
        attempt.HasIndex(a => new { a.DeliveryId, a.Number }).IsUnique();
    }
}
