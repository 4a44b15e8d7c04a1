using MassarDalil.Content.Data;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Search;

/// <summary>
/// Editors' list of spelling variants for search. A change raises the content version, so every
/// server reloads and re-indexes with the new groups (this one at once, others within a second).
/// </summary>
public sealed class SynonymService(ContentDbContext db, Publisher publisher, PublishedContent content, TimeProvider time)
{
    public const string AuditAction = "synonyms";
    public const int MaxTerms = 20;
    public const int MaxTermLength = 60;

    public async Task<IReadOnlyList<SynonymGroupView>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.SynonymGroups.AsNoTracking().OrderBy(g => g.Id).ToListAsync(cancellationToken)).Select(View).ToList();

    public async Task<SynonymGroupView?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        await db.SynonymGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is { } group ? View(group) : null;

    public async Task<SynonymSaveResult> CreateAsync(IEnumerable<string> terms, string actor, CancellationToken cancellationToken = default)
    {
        var clean = Clean(terms);
        if (Check(clean) is { } problem)
        {
            return SynonymSaveResult.Refused(problem);
        }
        var group = new SynonymGroup { Terms = [.. clean] };
        db.SynonymGroups.Add(group);
        return await SaveAsync(group, actor, "create", cancellationToken);
    }

    public async Task<SynonymSaveResult> UpdateAsync(int id, IEnumerable<string> terms, string actor, CancellationToken cancellationToken = default)
    {
        var clean = Clean(terms);
        if (Check(clean) is { } problem)
        {
            return SynonymSaveResult.Refused(problem);
        }
        if (await db.SynonymGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return SynonymSaveResult.Refused(SynonymProblem.NotFound);
        }
        group.Terms = [.. clean];
        return await SaveAsync(group, actor, "update", cancellationToken);
    }

    public async Task<bool> DeleteAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        if (await db.SynonymGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return false;
        }
        db.SynonymGroups.Remove(group);
        publisher.StageAudit(actor, AuditAction, $"group {id}", "delete: " + string.Join(", ", group.Terms));
        await publisher.StageContentChangedAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await content.RefreshAsync(cancellationToken);
        return true;
    }

    /// <summary>Splits what an editor typed into terms: one per line or separated by commas (Latin or Arabic).</summary>
    public static IReadOnlyList<string> ParseTerms(string text) => TermList.Parse(text);

    private async Task<SynonymSaveResult> SaveAsync(SynonymGroup group, string actor, string what, CancellationToken cancellationToken)
    {
        group.UpdatedAt = time.GetUtcNow();
        group.UpdatedBy = actor;
        await publisher.StageContentChangedAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // gives a new group its id for the audit line
        publisher.StageAudit(actor, AuditAction, $"group {group.Id}", $"{what}: {string.Join(", ", group.Terms)}");
        await db.SaveChangesAsync(cancellationToken);
        await content.RefreshAsync(cancellationToken);
        return new SynonymSaveResult(View(group), null);
    }

    private static List<string> Clean(IEnumerable<string> terms) => TermList.Clean(terms);

    internal static SynonymProblem? Check(IReadOnlyList<string> terms) => terms switch
    {
        { Count: < 2 } => SynonymProblem.TooFewTerms,
        { Count: > MaxTerms } => SynonymProblem.TooManyTerms,
        _ when terms.Any(t => t.Length > MaxTermLength) => SynonymProblem.TermTooLong,
        _ when terms.Any(t => !t.Any(char.IsLetterOrDigit)) => SynonymProblem.TermWithoutLetters,
        _ => null,
    };

    private static SynonymGroupView View(SynonymGroup group) => new(group.Id, group.Terms, group.UpdatedAt, group.UpdatedBy);
}

public sealed record SynonymGroupView(int Id, IReadOnlyList<string> Terms, DateTimeOffset UpdatedAt, string UpdatedBy);

public enum SynonymProblem
{
    TooFewTerms,
    TooManyTerms,
    TermTooLong,
    TermWithoutLetters,
    NotFound,
}

/// <summary>The saved group, or why nothing was saved.</summary>
public sealed record SynonymSaveResult(SynonymGroupView? Group, SynonymProblem? Problem)
{
    public bool Saved => Group is not null;

    public static SynonymSaveResult Refused(SynonymProblem problem) => new(null, problem);
}
