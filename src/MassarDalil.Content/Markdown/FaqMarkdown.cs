using System.Text.RegularExpressions;
using Markdig.Syntax;
using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Markdown;

/// <summary>Why Markdown cannot stand inside an FAQ page, whose seed file gives headings of level 1 to 3 a meaning.</summary>
public enum FaqMarkdownProblem
{
    /// <summary>A <c>#</c>, <c>##</c> or <c>###</c> heading: in the seed file it would start a topic or a question.</summary>
    TopLevelHeading,

    /// <summary>Text over a line of <c>---</c> or <c>===</c>: a level 1 or 2 heading, which the seed reader refuses.</summary>
    SetextHeading,

    /// <summary>A line such as <c>###Question {#key}</c>: Markdown text that the seed reader takes for a mistyped heading.</summary>
    LookAlikeHeading,
}

/// <summary>
/// The rules that let an FAQ's introduction and answers be written between the headings of its seed file and read back
/// unchanged (see <c>SeedFileParser</c>): the editor refuses what the reader would split or refuse, and closes a code
/// fence left open, which would otherwise run on over every heading after it.
/// </summary>
public static partial class FaqMarkdown
{
    /// <summary>
    /// Null when <paramref name="markdown"/>, parsed as <paramref name="document"/>, can be an answer or an FAQ
    /// introduction; otherwise why not. <see cref="MarkdownCheck.Read"/> asks it with the check's own parse.
    /// </summary>
    internal static FaqMarkdownProblem? Find(MarkdownDocument document, string markdown)
    {
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { IsSetext: true }:
                    return FaqMarkdownProblem.SetextHeading;
                case HeadingBlock { Level: <= 3 }:
                    return FaqMarkdownProblem.TopLevelHeading;
                case ParagraphBlock paragraph when markdown.Substring(paragraph.Span.Start, paragraph.Span.Length).Split('\n').Any(LookAlikeHeading().IsMatch):
                    return FaqMarkdownProblem.LookAlikeHeading;
            }
        }
        return null;
    }

    /// <summary>
    /// The text with a code fence left open at its end closed. Markdown closes it there anyway, so the page shows the
    /// same; in the seed file the next question comes after it, and an open fence would swallow that question's heading.
    /// </summary>
    public static string CloseOpenFence(string markdown) =>
        markdown.Length > 0 && (markdown.Contains("``", StringComparison.Ordinal) || markdown.Contains("~~", StringComparison.Ordinal))
        && Parse(markdown)?.LastChild is FencedCodeBlock { ClosingFencedCharCount: 0 } fence
            ? markdown + "\n" + new string(fence.FencedChar, fence.OpeningFencedCharCount)
            : markdown;

    /// <summary>An FAQ page's introduction and answers with <see cref="CloseOpenFence"/> applied; other pages as they are.</summary>
    public static PageContent CloseOpenFences(string type, PageContent content) => type != PageType.Faq ? content : content with
    {
        Body = CloseOpenFence(content.Body),
        // An answer left as it was keeps its question's instance, which tells the validator it was checked before.
        Topics = content.Topics.Select(t => t with { Questions = t.Questions.Select(q => CloseOpenFence(q.Answer) is var closed && ReferenceEquals(closed, q.Answer) ? q : q with { Answer = closed }).ToList() }).ToList(),
    };

    /// <summary>
    /// "###Question? {#key}" without a space (or with seven '#') is a paragraph in Markdown; the seed reader refuses it
    /// rather than let a mistyped heading become part of the answer above it.
    /// </summary>
    // Anything but a space or tab after the '#' signs, a no-break space included (Markdown needs a real one).
    [GeneratedRegex(@"^ {0,3}(?:#{7,}|#{1,6}(?![# \t])).*\{#[^}]*\}[ \t]*$")]
    internal static partial Regex LookAlikeHeading();

    private static MarkdownDocument? Parse(string markdown)
    {
        try
        {
            return MarkdownRenderer.Parse(markdown);
        }
        catch (ArgumentException)
        {
            return null; // nested too deeply: MarkdownCheck refuses it with its own message
        }
    }
}
