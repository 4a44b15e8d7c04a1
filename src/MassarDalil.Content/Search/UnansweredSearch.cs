namespace MassarDalil.Content.Search;

/// <summary>
/// How often a query found nothing, per normalised text, language and day (UTC). Holds no IP
/// address, user agent or anything else about who searched.
/// </summary>
public class UnansweredSearch
{
    public long Id { get; set; }
    public required string Language { get; set; }
    public required string Text { get; set; }
    public DateOnly Day { get; set; }
    public int Count { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
