using MassarDalil.Content.Audit;
using MassarDalil.Content.Feedback;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Search;
using MassarDalil.Content.Sites;
using MassarDalil.Content.Webhooks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Data;

/// <summary>
/// Content and sign-in data share one database. Each provider has a thin subclass with its
/// own migrations (<see cref="SqliteContentDbContext"/>); code depends on this base class.
/// </summary>
public class ContentDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<PageRevision> Revisions => Set<PageRevision>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<ContentState> ContentState => Set<ContentState>();
    public DbSet<SynonymGroup> SynonymGroups => Set<SynonymGroup>();
    public DbSet<UnansweredSearch> UnansweredSearches => Set<UnansweredSearch>();
    public DbSet<AnswerVote> AnswerVotes => Set<AnswerVote>();
    public DbSet<ContentEvent> ContentEvents => Set<ContentEvent>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);
    }
}
