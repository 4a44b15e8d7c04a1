using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.FileProviders;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// The picture link previews show for every page of a site: <c>wwwroot/img/social-{lang}.png</c>, 1200×630 (the
/// size Facebook, LinkedIn and X crop to), the site's name and tagline on its colours. A site added without its
/// own card shows the default site's.
/// </summary>
public static class SocialCard
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>
    /// Whether each language has its card, by web root: the cards ship with the site and do not come or go while it
    /// runs, and asking the file system on every page not served from the output cache (search results) was a
    /// system call per request.
    /// </summary>
    private static readonly ConditionalWeakTable<IFileProvider, ConcurrentDictionary<string, bool>> Cards = new();

    public static string PathFor(string language, string defaultLanguage, IFileProvider webRoot) =>
        Cards.GetOrCreateValue(webRoot).GetOrAdd(language, static (l, root) => root.GetFileInfo(FileOf(l)).Exists, webRoot)
            ? "/" + FileOf(language)
            : "/" + FileOf(defaultLanguage);

    private static string FileOf(string language) => $"img/social-{language}.png";
}
