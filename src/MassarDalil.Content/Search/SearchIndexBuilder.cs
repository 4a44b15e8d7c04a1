using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;

namespace MassarDalil.Content.Search;

/// <summary>
/// Indexes a published snapshot in memory: every FAQ question (question, topic title, answer as
/// plain text) and every guide or tool page (title, description, body), one index per language.
/// </summary>
internal static class SearchIndexBuilder
{
    public static SearchGeneration Build(PublishedSnapshot snapshot, IReadOnlyList<IReadOnlyList<string>> synonymGroups)
    {
        var languages = new Dictionary<string, LanguageIndex>(StringComparer.Ordinal);
        foreach (var site in snapshot.Sites)
        {
            var language = site.Site.Key;
            var culture = site.Site.Culture;
            var keepWhole = synonymGroups.SelectMany(g => g).Where(t => !t.Contains(' ', StringComparison.Ordinal)).ToList();
            SearchLexicon lexicon;
            using (var whole = SearchAnalyzers.For(culture, keepWhole))
            using (var stemmed = SearchAnalyzers.For(culture))
            {
                lexicon = SearchLexicon.Build(whole, stemmed, synonymGroups);
            }
            var analyzer = SearchAnalyzers.For(culture, keepWhole, lexicon);
            var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, analyzer)))
            {
                foreach (var document in Documents(site))
                {
                    writer.AddDocument(document);
                }
                writer.Commit();
            }
            languages[language] = new LanguageIndex(DirectoryReader.Open(directory), analyzer,
                SynonymSet.Build(analyzer, synonymGroups), directory, site.Site.IsRightToLeft);
        }
        return new SearchGeneration(snapshot.Version, languages);
    }

    private static IEnumerable<Document> Documents(PublishedSite site)
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
                        yield return Document(SearchHit.QuestionKind, question.Key, $"/{language}/{page.Slug}#{question.Key}",
                            question.Question, question.AnswerText, topic.Key, topic.Title, question.SearchTerms);
                    }
                }
            }
            else if (page.Type is PageType.Guide or PageType.Tool)
            {
                yield return Document(SearchHit.PageKind, page.Slug, $"/{language}/{page.Slug}",
                    page.Title, $"{page.Description}\n{page.BodyText}", "", "", []);
            }
        }
    }

    private static Document Document(string kind, string key, string url, string title, string text, string topicKey, string topic, IReadOnlyList<string> terms)
    {
        var document = new Document
        {
            new StringField(SearchFields.Kind, kind, Field.Store.YES),
            new StringField(SearchFields.Key, key, Field.Store.YES),
            new StoredField(SearchFields.Url, url),
            new StringField(SearchFields.TopicKey, topicKey, Field.Store.YES),
            new TextField(SearchFields.Question, title, Field.Store.YES),
            new TextField(SearchFields.Topic, topic, Field.Store.YES),
            new TextField(SearchFields.Answer, text, Field.Store.YES),
        };
        // One value per term: the analyzers' position gap keeps a phrase from running from one term into the next.
        foreach (var term in terms)
        {
            document.Add(new TextField(SearchFields.Terms, term, Field.Store.NO));
        }
        return document;
    }
}
