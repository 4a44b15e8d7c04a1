namespace MassarDalil.Content.Media;

/// <summary>What a page needs to show a library image: its size, its variants and its alt text per site.</summary>
public sealed record MediaImage(string Hash, IReadOnlyList<(int Width, int Height)> Variants, IReadOnlyDictionary<string, string> Alt)
{
    /// <summary>The widest variant: the size written on the tag, so the page keeps the image's place before it loads.</summary>
    public (int Width, int Height) Largest => Variants[^1];
}

/// <summary>The library's images by hash, without their bytes: part of the published snapshot, read by the renderer.</summary>
public sealed class MediaCatalogue(IReadOnlyDictionary<string, MediaImage> images)
{
    public static MediaCatalogue Empty { get; } = new(new Dictionary<string, MediaImage>());

    public MediaImage? Find(string hash) => images.GetValueOrDefault(hash);

    public bool Contains(string hash) => images.ContainsKey(hash);

    public int Count => images.Count;
}
