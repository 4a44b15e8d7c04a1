using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MassarDalil.Content.Media;

/// <summary>
/// How Markdown names a library image: <c>![](media:HASH)</c>, Markdown's own image syntax with a <c>media:</c> address.
/// Words inside the brackets, when given, replace the library's alt text for that one use. Found with the one pipeline,
/// so a reference inside a code block is text, not an image.
/// </summary>
public static class MediaReferences
{
    public const string Scheme = "media:";

    /// <summary>The Markdown the picker inserts.</summary>
    public static string Markdown(string hash) => $"![]({Scheme}{hash})";

    /// <summary>The hash an image address names, or null when it is not a <c>media:</c> address.</summary>
    public static string? HashOf(string? url) =>
        url is not null && url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? url[Scheme.Length..].Trim().ToLowerInvariant() : null;

    /// <summary>Every library image <paramref name="markdown"/> shows, in order, each once.</summary>
    public static IReadOnlyList<string> In(string markdown)
    {
        if (!markdown.Contains(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        try
        {
            return Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline).Descendants<LinkInline>()
                .Where(l => l.IsImage).Select(l => HashOf(l.Url)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        }
        catch (ArgumentException)
        {
            return []; // too deeply nested: the Markdown check refuses it on its own
        }
    }

    /// <summary>Every library image of a page: its body and its answers, with the form field each is in.</summary>
    public static IEnumerable<(string Field, string Hash)> In(PageContent content)
    {
        foreach (var hash in In(content.Body))
        {
            yield return ("Body", hash);
        }
        for (var t = 0; t < content.Topics.Count; t++)
        {
            for (var q = 0; q < content.Topics[t].Questions.Count; q++)
            {
                foreach (var hash in In(content.Topics[t].Questions[q].Answer))
                {
                    yield return ($"Topics[{t}].Questions[{q}].Answer", hash);
                }
            }
        }
    }

    /// <summary>Each reference to an image not in <paramref name="known"/>, as a problem at its field, once per field and image.</summary>
    public static IReadOnlyList<Problem> Unknown(IEnumerable<(string Field, string Hash)> references, IReadOnlySet<string> known) =>
        references.Where(r => !known.Contains(r.Hash)).Distinct().Select(r => Problem.For(r.Field, ProblemCode.MediaUnknown, r.Hash)).ToList();
}
