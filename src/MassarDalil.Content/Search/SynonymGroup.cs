namespace MassarDalil.Content.Search;

/// <summary>
/// Words visitors write for the same thing (massar, masar, مسار): a search for one finds the others.
/// A term may be several words ("كلمة السر"). Groups apply to both languages.
/// </summary>
public class SynonymGroup
{
    public int Id { get; set; }
    public List<string> Terms { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
