using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Docs;

/// <summary>
/// The README is short and sends readers to docs/ for the rest, so a renamed file or heading would leave a
/// newcomer at a dead end. Every relative link in README.md and docs/*.md must lead to an existing file, and a
/// #fragment to a heading of that file, by GitHub's rule for heading ids (which Markdig's GitHub option follows).
/// </summary>
public class DocumentLinkTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Build();

    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string> { "README.md" };
        foreach (var path in Directory.GetFiles(Path.Combine(TestPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            documents.Add(Path.GetRelativePath(TestPaths.Root, path).Replace('\\', '/'));
        }
        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryRelativeLinkLeadsToAnExistingFileAndHeading(string document)
    {
        var path = Path.Combine(TestPaths.Root, document);
        var links = RelativeLinks(path).ToList();

        var dead = links.Select(link => (link, problem: Problem(path, link)))
            .Where(checkedLink => checkedLink.problem is not null)
            .Select(checkedLink => $"{checkedLink.link}: {checkedLink.problem}")
            .ToList();

        Assert.NotEmpty(links);
        Assert.Empty(dead);
    }

    [Fact]
    public void TheReadmeLinksEveryDocumentInDocs()
    {
        var readme = Path.Combine(TestPaths.Root, "README.md");
        var linked = RelativeLinks(readme)
            .Select(link => Path.GetFullPath(Path.Combine(TestPaths.Root, link.Split('#')[0].TrimStart('/'))))
            .ToHashSet(StringComparer.Ordinal);
        var documents = Directory.GetFiles(Path.Combine(TestPaths.Root, "docs"), "*.md").Select(Path.GetFullPath).ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, document => Assert.Contains(document, linked));
    }

    /// <summary>The targets of the document's links that name no scheme (http:, mailto:...): files of this repository.</summary>
    private static IEnumerable<string> RelativeLinks(string path) =>
        Markdig.Markdown.Parse(File.ReadAllText(path), Pipeline)
            .Descendants<LinkInline>()
            .Select(link => link.Url ?? "")
            .Where(url => url.Length > 0 && !HasScheme(url));

    private static bool HasScheme(string url) =>
        url.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 &&
        url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-') && char.IsAsciiLetter(url[0]);

    /// <summary>Why the link leads nowhere, or null when it leads to an existing file (and heading).</summary>
    private static string? Problem(string document, string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var (file, fragment) = hash < 0 ? (link, null) : (link[..hash], link[(hash + 1)..]);
        // As GitHub reads them: a path from the document's folder, or from the repository root when it starts with /.
        var folder = file.StartsWith('/') ? TestPaths.Root : Path.GetDirectoryName(document)!;
        var target = file.Length == 0 ? document : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(file).TrimStart('/')));
        if (!File.Exists(target) && !Directory.Exists(target))
        {
            return "no such file";
        }
        if (fragment is null)
        {
            return null;
        }
        if (!target.EndsWith(".md", StringComparison.Ordinal))
        {
            return "a #fragment on a file that is not Markdown";
        }
        var headings = Markdig.Markdown.Parse(File.ReadAllText(target), Pipeline)
            .Descendants<HeadingBlock>()
            .Select(heading => heading.GetAttributes().Id);
        return headings.Contains(fragment, StringComparer.Ordinal) ? null : "no such heading";
    }
}
