using MassarDalil.Content.Markdown;

namespace MassarDalil.Content.Published;

/// <summary>
/// The Markdown a snapshot rendered, by text and direction, so that the next rebuild renders only the texts that
/// changed. Every publish of any page rebuilds the whole snapshot on every server, and some Markdown takes time that
/// grows with the square of its length to parse: a crafted answer of 20,000 characters, accepted by the save check,
/// cost about 0.4 s of every later rebuild, for as long as it stayed published.
/// </summary>
/// <remarks>
/// A rendering depends on its text and direction only, except for library images (<c>media:</c>), whose tags are
/// built from the media library, which changes without the text: a text that showed one is never kept. Nor is a text
/// that failed to render, so every rebuild reports it again. A rebuild writes a new set while it runs (one at a time,
/// under the snapshot's lock) and keeps only what the new snapshot holds; once published, a set is only read.
/// </remarks>
internal sealed class RenderedTexts
{
    private readonly Dictionary<(string Markdown, bool RightToLeft), RenderedMarkdown> _texts = [];

    public static RenderedTexts None { get; } = new();

    public RenderedMarkdown? Find(string markdown, bool rightToLeft) =>
        _texts.GetValueOrDefault((markdown, rightToLeft));

    public void Keep(string markdown, bool rightToLeft, RenderedMarkdown rendered)
    {
        if (!rendered.ShowsLibraryImages)
        {
            _texts.TryAdd((markdown, rightToLeft), rendered);
        }
    }
}
