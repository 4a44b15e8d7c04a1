namespace MassarDalil.Content.Published;

/// <summary>
/// A single row whose version rises with every change visitors can see. Every process that
/// caches published content (web servers, the CLI) compares it to know when to reload.
/// </summary>
public class ContentState
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long Version { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
