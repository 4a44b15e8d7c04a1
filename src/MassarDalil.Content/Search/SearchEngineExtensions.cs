using MassarDalil.Content.Feedback;
using MassarDalil.Content.Insights;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Content.Search;

public static class SearchEngineExtensions
{
    /// <summary>
    /// Search over the published content (index rebuilt in the background), synonyms, searches that
    /// found nothing, answer feedback and the editors' figures. Needs <see cref="ContentEngineExtensions.AddContentEngine"/>.
    /// </summary>
    public static IServiceCollection AddSearchEngine(this IServiceCollection services)
    {
        services.AddOptions<SearchIndexOptions>().BindConfiguration(SearchIndexOptions.Section);
        services.AddSingleton<SearchIndex>();
        services.AddSingleton(LanguageIndexer.Default);
        services.AddHostedService<SearchIndexer>();
        services.AddScoped<SynonymService>();
        services.AddScoped<UnansweredSearches>();
        services.AddScoped<AnswerFeedback>();
        services.AddScoped<ContentInsights>();
        return services;
    }
}
