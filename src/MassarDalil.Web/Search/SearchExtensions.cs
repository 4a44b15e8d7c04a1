using MassarDalil.Content.Published;
using MassarDalil.Content.Search;
using MassarDalil.Web.Http;
using MassarDalil.Web.PublicSite;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Search;

public static class SearchExtensions
{
    public static WebApplicationBuilder AddSiteSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSearchEngine();
        builder.Services.AddOptions<UnansweredSearchOptions>().BindConfiguration(UnansweredSearchOptions.Section)
            .Validate(UnansweredSearchOptions.IsValid, "UnansweredSearches: every limit must be positive, PerAddressPerDay at least PerAddressPerMinute")
            .ValidateOnStart();
        builder.Services.AddSingleton<UnansweredSearchBudget>();
        builder.Services.AddHostedService<UnansweredSearchPurge>();
        return builder;
    }

    /// <summary>The JSON behind results-as-you-type. The page <c>/{lang}/search</c> is a Razor page.</summary>
    public static WebApplication MapSiteSearch(this WebApplication app)
    {
        app.MapGet("/{lang:alpha:length(2)}/search.json", SearchJsonAsync).AnswerHead().ExcludeFromDescription();
        if (app.Services.GetRequiredService<IOptions<PublicSiteOptions>>().Value.StaticExport)
        {
            app.MapGet("/{lang:alpha:length(2)}/search-index.json", StaticSearchIndex.GetAsync).ExcludeFromDescription();
        }
        else
        {
            app.MapPost(SearchWords.SettledMissPattern, SettledMiss.CountAsync)
                // Protected by SameOrigin instead of a token, as the votes are: the box is on every cached page.
                .DisableAntiforgery()
                .ExcludeFromDescription();
        }
        return app;
    }

    /// <summary>
    /// Answers as the visitor types, so it does not count searches that found nothing: half-typed
    /// words would drown the real ones. The search page, reached on Enter, counts them, and so does
    /// <see cref="SettledMiss"/> for the query the box settles on.
    /// </summary>
    private static async Task<IResult> SearchJsonAsync(string lang, string? q, SearchIndex index, PublishedContent content, HttpContext context)
    {
        var snapshot = await content.GetAsync(context.RequestAborted);
        if (snapshot.Find(lang) is not { } site || site.Site.Key != lang)
        {
            return Results.NotFound();
        }
        context.Response.Headers.CacheControl = "no-store";
        var words = site.Texts;
        var results = await index.SearchAsync(lang, q, cancellationToken: context.RequestAborted);
        if (SearchWords.Problem(words, results.Problem) is { } message)
        {
            return Results.Json(new SearchJsonProblem(results.Query, message), statusCode: SearchWords.StatusOf(results.Problem));
        }
        var others = await OtherLanguageAnswers.FindAsync(index, snapshot, lang, results, context.RequestAborted);
        return Results.Ok(new SearchJson(results.Query, results.Hits.Count, SearchWords.Summary(words, results), results.Closest, results.Answered,
            results.Hits.Select(h => new SearchJsonHit(h.Url, h.Title, h.TitleHtml, h.SnippetHtml,
                h.Kind == SearchHit.PageKind ? words["results.guide"] : h.TopicTitle)).ToList(),
            others.Select(o => new SearchJsonOtherLanguage(o.Language, o.Direction, words.Format("results.other-language", o.Name), o.Hits)).ToList()));
    }
}

/// <param name="Closest">The results have only some of the words: the summary says so, and the panel shows it.</param>
/// <param name="Answered">Some results have most of the words; when not, search.js reports the query the box settles on.</param>
/// <param name="OtherLanguages">Not answered here: what the other sites answer, with the sentence that offers it.</param>
internal sealed record SearchJson(string Query, int Count, string Summary, bool Closest, bool Answered, IReadOnlyList<SearchJsonHit> Results,
    IReadOnlyList<SearchJsonOtherLanguage> OtherLanguages);

internal sealed record SearchJsonOtherLanguage(string Language, string Dir, string Text, IReadOnlyList<OtherLanguageHit> Hits);

/// <param name="TitleHtml">Escaped text with &lt;mark&gt; around matched words; safe to insert as HTML.</param>
internal sealed record SearchJsonHit(string Url, string Title, string TitleHtml, string SnippetHtml, string Topic);

internal sealed record SearchJsonProblem(string Query, string Message);
