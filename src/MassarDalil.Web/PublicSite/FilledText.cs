using MassarDalil.Content.SiteTexts;
using Microsoft.AspNetCore.Html;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// A site text with placeholders as HTML: the text's words (and its punctuation, which is the text's, so each language
/// writes it its way) encoded, each <c>{n}</c> replaced by the n-th value: markup as it is, plain text encoded.
/// </summary>
public static class FilledText
{
    public static IHtmlContent Html(string text, params object[] values)
    {
        var html = new HtmlContentBuilder();
        foreach (var (piece, placeholder) in SiteTextRules.Parts(text))
        {
            _ = placeholder is { } n && n < values.Length
                ? values[n] is IHtmlContent markup ? html.AppendHtml(markup) : html.Append(SiteTextRules.TextOf(values[n]))
                : html.Append(piece);
        }
        return html;
    }
}
