using System.Globalization;
using System.Text;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Search;
using MassarDalil.Content.Sites;

namespace MassarDalil.Content.Import;

/// <summary>Writes sites and pages in the seed format, so that reading the files back gives the same content.</summary>
public static class SeedWriter
{
    public static string Sites(IEnumerable<Site> sites)
    {
        var text = new StringBuilder("# Site settings: one entry per language. The first is the default. Each site's words are in its texts.yml.\nsites:\n");
        foreach (var site in sites)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - key: {site.Key}\n");
            text.Append(CultureInfo.InvariantCulture, $"    culture: {site.Culture}\n");
            text.Append(CultureInfo.InvariantCulture, $"    direction: {site.Dir}\n");
        }
        return text.ToString();
    }

    public static string Page(string type, string key, string slug, int order, PageContent content)
    {
        var text = new StringBuilder("---\n");
        text.Append(CultureInfo.InvariantCulture, $"type: {type}\nkey: {key}\n");
        if (type != PageType.Home)
        {
            text.Append(CultureInfo.InvariantCulture, $"slug: {slug}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"title: {Quote(content.Title)}\n");
        text.Append(CultureInfo.InvariantCulture, $"description: {Quote(content.Description)}\n");
        text.Append(CultureInfo.InvariantCulture, $"order: {order}\n---\n");
        if (content.Body.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{content.Body}\n");
        }
        foreach (var topic in content.Topics)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {topic.Title} {{#{topic.Key}}}\n");
            foreach (var question in topic.Questions)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n### {question.Question} {{#{question.Key}}}\n");
                if (question.SearchTerms.Count > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{{search: {TermList.Join(question.SearchTerms)}}}\n");
                }
                text.Append(CultureInfo.InvariantCulture, $"\n{question.Answer}\n");
            }
        }
        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for colons, quotes and any script.</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
