using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;

namespace MassarDalil.Content.Search;

/// <summary>
/// Indexes a published snapshot in memory: every FAQ question (question, topic title, answer as
/// plain text) and every guide or tool page (title, description, body), one index per language.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>
    /// The index of <paramref name="snapshot"/>. A language whose source is the same as in <paramref name="previous"/>
    /// (which the caller keeps borrowed until this returns) is carried over rather than indexed again: every publish
    /// rebuilds the index on every server, and most publishes change one language. A language that fails to index is
    /// kept in the generation's <see cref="SearchGeneration.Failures"/> and carried over too, if it had an index, so
    /// that one language's fault neither stops the others' new content being found nor empties its own search; its
    /// carried source is the old one, so the next rebuild indexes it again.
    /// </summary>
    public static SearchGeneration Build(
        PublishedSnapshot snapshot, IReadOnlyList<IReadOnlyList<string>> synonymGroups, SearchGeneration? previous = null,
        LanguageIndexer? indexer = null)
    {
        indexer ??= LanguageIndexer.Default;
        var languages = new Dictionary<string, LanguageIndex>(StringComparer.Ordinal);
        var indexedAnew = 0;
        var failures = new Dictionary<string, Exception>(StringComparer.Ordinal);
        foreach (var site in snapshot.Sites)
        {
            var language = site.Site.Key;
            var kept = previous?.For(language);
            LanguageIndex? fresh = null;
            try
            {
                var source = new IndexSource(site.Site.Culture, site.Site.IsRightToLeft, [.. Entries(site)], synonymGroups);
                if (kept is null || !kept.Source.SameAs(source))
                {
                    fresh = indexer.Index(source);
                }
            }
            catch (Exception e)
            {
                failures[language] = e;
            }
            if (fresh is not null)
            {
                languages[language] = fresh;
                indexedAnew++;
            }
            else if (kept is not null)
            {
                kept.Hold();
                languages[language] = kept;
            }
        }
        return new SearchGeneration(snapshot.Version, languages, indexedAnew, failures);
    }

    private static IEnumerable<SearchEntry> Entries(PublishedSite site)
    {
        var language = site.Site.Key;
        foreach (var page in site.Pages)
        {
            if (page.Type == PageType.Faq)
            {
                foreach (var topic in page.Topics)
                {
                    foreach (var question in topic.Questions)
                    {
                        yield return new SearchEntry(SearchHit.QuestionKind, question.Key, $"/{language}/{page.Slug}#{question.Key}",
                            question.Question, question.AnswerText, topic.Key, topic.Title, question.SearchTerms);
                    }
                }
            }
            else if (page.Type is PageType.Guide or PageType.Tool)
            {
                yield return new SearchEntry(SearchHit.PageKind, page.Slug, $"/{language}/{page.Slug}",
                    page.Title, $"{page.Description}\n{page.BodyText}", "", "", []);
            }
        }
    }
}

/// <summary>What a result shows of an indexed question or page.</summary>
internal sealed record SearchEntry(
    string Kind, string Key, string Url, string Title, string Text, string TopicKey, string TopicTitle, IReadOnlyList<string> Terms)
{
    /// <summary>Equal when every field is, the search terms compared one by one (a record compares lists by reference).</summary>
    public bool Equals(SearchEntry? other) =>
        other is not null && Kind == other.Kind && Key == other.Key && Url == other.Url && Title == other.Title && Text == other.Text
        && TopicKey == other.TopicKey && TopicTitle == other.TopicTitle && Terms.SequenceEqual(other.Terms, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, Key, Url, Title, Text.Length, TopicKey, TopicTitle, Terms.Count);
}

/// <summary>What a result highlights, analysed when the index is built: the title, and the answer as its snippet reads it.</summary>
internal sealed record ShownText(AnalyzedText Title, AnalyzedText Answer);
