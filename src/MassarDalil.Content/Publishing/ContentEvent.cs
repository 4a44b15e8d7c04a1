namespace MassarDalil.Content.Publishing;

/// <summary>
/// Something visitors can now see differently (a page published, unpublished, trashed, restored or deleted), written in the
/// same transaction as the change itself. It is the engine's outbox: whatever must follow a
/// publish (webhooks today) reads these rows, so the event exists if and only if the change was
/// committed, whichever server or CLI made it, and is handled once even with several servers.
/// </summary>
public class ContentEvent
{
    /// <summary>Time-ordered, and the id receivers use to recognise a repeated delivery.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Type { get; set; }
    public required string SiteKey { get; set; }

    /// <summary>The page's translation key.</summary>
    public required string PageKey { get; set; }
    public required string PageType { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>The revision made public; null when the page was unpublished.</summary>
    public int? Revision { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string Actor { get; set; } = "";

    /// <summary>Set once the event has been handed to every webhook that was active then.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }
}

public static class ContentEventTypes
{
    public const string PagePublished = "page.published";
    public const string PageUnpublished = "page.unpublished";

    /// <summary>A published page moved to the trash: visitors no longer see it (its address answers 410 or redirects).</summary>
    public const string PageTrashed = "page.trashed";

    /// <summary>A page that was published when trashed is back from the trash, published again (the revision it had).</summary>
    public const string PageRestored = "page.restored";

    /// <summary>A trashed page that had been published is deleted for good, with its revisions.</summary>
    public const string PageDeleted = "page.deleted";

    /// <summary>
    /// A site's whole content replaced by a backup (<c>massar restore</c>): no one page, so the event names none, and a
    /// receiver's copy of that site is stale as a whole (read it again from the API). One per site, written by the CLI
    /// into the restored database's outbox and sent by the running site.
    /// </summary>
    public const string ContentRestored = "content.restored";
}
