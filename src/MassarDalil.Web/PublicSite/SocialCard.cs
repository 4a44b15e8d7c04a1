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

    public static string PathFor(string language, string defaultLanguage, IFileProvider webRoot) =>
        webRoot.GetFileInfo(FileOf(language)).Exists ? "/" + FileOf(language) : "/" + FileOf(defaultLanguage);

    private static string FileOf(string language) => $"img/social-{language}.png";
}
