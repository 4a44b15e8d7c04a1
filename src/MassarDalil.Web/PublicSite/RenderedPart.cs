using System.Text.Encodings.Web;
using MassarDalil.Content.SiteTexts;
using Microsoft.AspNetCore.Html;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// A page body or an answer as the snapshot rendered it, or, where the renderer refused the text
/// (<see cref="Content.Published.UnrenderedPart"/>), a note in the visitor's language in its place.
/// </summary>
public static class RenderedPart
{
    public static IHtmlContent Show(string html, bool unavailable, SiteTextSet texts) => unavailable
        ? new HtmlString($"<p class=\"unavailable\" role=\"note\">{HtmlEncoder.Default.Encode(texts["question.part-unavailable"])}</p>")
        : new HtmlString(html);
}
