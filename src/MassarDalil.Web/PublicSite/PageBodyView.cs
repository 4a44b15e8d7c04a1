namespace MassarDalil.Web.PublicSite;

/// <summary>
/// What the markup of an FAQ or a guide needs: the page (published, or a draft in the manager's
/// preview) and the public page model that renders it (its language, words and direction).
/// </summary>
public sealed record PageBodyView(Content.Published.PublishedPage Content, PublicPageModel Page);
