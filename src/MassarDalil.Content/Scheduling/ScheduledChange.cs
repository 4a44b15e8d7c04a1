using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Scheduling;

/// <summary>
/// A publish or unpublish an editor asked for at a later time, such as results day. At most one of each per page.
/// The row is the promise: the server that deletes it is the one that carries it out, so several servers sharing
/// one database never publish the same change twice.
/// </summary>
public class ScheduledChange
{
    public int Id { get; set; }
    public int PageId { get; set; }
    public Page? Page { get; set; }

    /// <summary><see cref="ScheduledActions.Publish"/> or <see cref="ScheduledActions.Unpublish"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The moment it is due (stored as an instant; the manager writes and reads it in a time zone).</summary>
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public static class ScheduledActions
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
}
