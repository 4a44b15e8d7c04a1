using System.Data;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Feedback;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Redirects;
using MassarDalil.Content.Scheduling;
using MassarDalil.Content.Search;
using MassarDalil.Content.Sites;
using MassarDalil.Content.Webhooks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MassarDalil.Content.Data;

/// <summary>
/// Content, sign-in data and the data-protection keys share one database. Each provider has a thin
/// subclass with its own migrations (<see cref="SqliteContentDbContext"/>, <see cref="PostgresContentDbContext"/>);
/// code depends on this base class.
/// </summary>
public class ContentDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    private const int VersionRetries = 5;

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
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<ScheduledChange> ScheduledChanges => Set<ScheduledChange>();
    public DbSet<Media.MediaItem> MediaItems => Set<Media.MediaItem>();
    public DbSet<Media.MediaVariant> MediaVariants => Set<Media.MediaVariant>();

    /// <summary>The keys that sign cookies and antiforgery tokens, shared by every server on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Begins a transaction whose reads all see the database as one moment left it, and that holds no writer back:
    /// what the published snapshot is built in, so that its version and its pages belong together.
    /// </summary>
    public virtual Task<IDbContextTransaction> BeginConsistentReadAsync(CancellationToken cancellationToken = default) =>
        // Repeatable read: PostgreSQL's default, read committed, lets each statement see what committed after the last.
        Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>
    /// The content version is a concurrency token: two servers (or a server and the CLI) raising it at
    /// once would otherwise both write the same number, and a watcher that loaded between the two would
    /// never see the second change. When only the version lost the race, it is raised from the stored
    /// value and the save is tried again (EF keeps the other changes and, inside a transaction, rolls back
    /// to its savepoint first).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateConcurrencyException e) when (attempt < VersionRetries && e.Entries.All(entry => entry.Entity is Published.ContentState))
            {
                foreach (var entry in e.Entries)
                {
                    var stored = await entry.GetDatabaseValuesAsync(cancellationToken)
                        ?? throw new InvalidOperationException("The content state row is missing.", e);
                    entry.OriginalValues.SetValues(stored);
                    ((Published.ContentState)entry.Entity).Version = stored.GetValue<long>(nameof(Published.ContentState.Version)) + 1;
                }
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);
    }
}
