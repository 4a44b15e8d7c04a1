using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Text;
using Microsoft.EntityFrameworkCore;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Redirects;

/// <summary>
/// The redirects editors see and change in the manager. Automatic ones are written by <see cref="Publisher"/>
/// when a published slug changes; here editors add their own (an old address to a published page) and remove any.
/// Every change is audited and raises the content version, so every server answers the new redirect at once.
/// </summary>
public sealed class RedirectStore(ContentDbContext db, Publisher publisher, PublishedContent published, TimeProvider time)
{
    public async Task<IReadOnlyList<RedirectView>> ListAsync(string siteKey, CancellationToken cancellationToken = default)
    {
        var live = await LivePagesAsync(siteKey, cancellationToken);
        var redirects = await db.Redirects.AsNoTracking().Where(r => r.SiteKey == siteKey).ToListAsync(cancellationToken);
        return redirects.OrderBy(r => r.FromSlug, StringComparer.Ordinal)
            .Select(r => new RedirectView(r.Id, r.SiteKey, r.FromSlug, r.ToSlug, r.Kind, r.CreatedAt, r.CreatedBy,
                live.FirstOrDefault(p => p.Slug == r.ToSlug)?.Title))
            .ToList();
    }

    /// <summary>
    /// The pages a redirect may lead to: the site's published pages as visitors see them now, by their published slug
    /// and title. Read from the published snapshot rather than the database: it already holds exactly the pages a
    /// redirect can lead to, without loading every revision's whole content for its title.
    /// </summary>
    public async Task<IReadOnlyList<LivePage>> LivePagesAsync(string siteKey, CancellationToken cancellationToken = default)
    {
        var snapshot = await published.GetAsync(cancellationToken);
        return snapshot.Find(siteKey) is { } site
            ? site.Pages.OrderBy(p => p.SortOrder).Select(p => new LivePage(p.PageId, p.Type, p.Type == PageType.Home ? "" : p.Slug, p.Title)).ToList()
            : [];
    }

    /// <summary>Adds a redirect from <paramref name="from"/> (a slug, a path or a whole address of this site) to a published page.</summary>
    public async Task<RedirectChange> AddAsync(string siteKey, string from, int toPageId, string actor, CancellationToken cancellationToken = default)
    {
        var slug = SourceSlug(siteKey, from);
        var live = await LivePagesAsync(siteKey, cancellationToken);
        var target = live.FirstOrDefault(p => p.PageId == toPageId);
        var problems = new List<Problem>();
        if (PageValidator.ValidateSlug(slug).FirstOrDefault() is { } bad)
        {
            problems.Add(bad with { Field = "From" });
        }
        else if (target is not null && target.Slug == slug)
        {
            problems.Add(Problem.For("From", ProblemCode.RedirectLoop));
        }
        else if (live.Any(p => p.Slug == slug))
        {
            problems.Add(Problem.For("From", ProblemCode.RedirectSourceIsLive));
        }
        else if (await db.Redirects.AnyAsync(r => r.SiteKey == siteKey && r.FromSlug == slug, cancellationToken))
        {
            problems.Add(Problem.For("From", ProblemCode.RedirectSourceRedirects));
        }
        if (target is null)
        {
            problems.Add(Problem.For("To", ProblemCode.RedirectUnknownTarget));
        }
        if (problems.Count > 0)
        {
            return new RedirectChange(false, slug, problems);
        }
        db.Redirects.Add(new Redirect
        {
            SiteKey = siteKey, FromSlug = slug, ToSlug = target!.Slug, Kind = RedirectKinds.Manual, CreatedAt = time.GetUtcNow(), CreatedBy = actor,
        });
        publisher.StageAudit(actor, AuditActions.RedirectAdd, $"{siteKey}/{slug}", $"to {target.Slug} ({RedirectKinds.Manual})");
        await publisher.StageContentChangedAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another editor added the same address between the check and the write: theirs stands.
            db.ChangeTracker.Clear();
            return new RedirectChange(false, slug, [Problem.For("From", ProblemCode.RedirectSourceRedirects)]);
        }
        await published.RefreshAsync(cancellationToken);
        return new RedirectChange(true, slug, []);
    }

    /// <summary>Removes a redirect of this site; false when there is none with this id.</summary>
    public async Task<bool> RemoveAsync(string siteKey, int id, string actor, CancellationToken cancellationToken = default)
    {
        var redirect = await db.Redirects.SingleOrDefaultAsync(r => r.Id == id && r.SiteKey == siteKey, cancellationToken);
        if (redirect is null)
        {
            return false;
        }
        db.Redirects.Remove(redirect);
        publisher.StageAudit(actor, AuditActions.RedirectRemove, $"{siteKey}/{redirect.FromSlug}", $"to {redirect.ToSlug} ({redirect.Kind})");
        await publisher.StageContentChangedAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await published.RefreshAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The slug an editor means: <c>old-guide</c>, <c>/ar/old-guide</c>, <c>https://site/ar/old-guide?x</c> and its
    /// percent-encoded form all give <c>old-guide</c>, in NFC.
    /// </summary>
    public static string SourceSlug(string siteKey, string from)
    {
        var text = from.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            text = absolute.AbsolutePath;
        }
        text = text.Split('?', '#')[0].Trim('/');
        if (text.StartsWith(siteKey + "/", StringComparison.Ordinal))
        {
            text = text[(siteKey.Length + 1)..];
        }
        try
        {
            text = Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            // Left as typed: the address check says what is wrong with it.
        }
        return Slug.NormalizeAddress(text);
    }
}

public sealed record RedirectView(
    int Id, string SiteKey, string FromSlug, string ToSlug, string Kind, DateTimeOffset CreatedAt, string CreatedBy, string? TargetTitle)
{
    /// <summary>The target is no longer published: visitors get the site's 404 until it is, or the redirect goes.</summary>
    public bool TargetMissing => TargetTitle is null;
}

public sealed record LivePage(int PageId, string Type, string Slug, string Title);

public sealed record RedirectChange(bool Saved, string FromSlug, IReadOnlyList<Problem> Problems);
