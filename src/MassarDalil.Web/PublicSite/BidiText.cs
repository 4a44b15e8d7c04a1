using MassarDalil.Content.Text;
using Microsoft.AspNetCore.Html;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// Plain text (a title, a question) as HTML, with its Latin runs in <c>&lt;bdi dir="ltr"&gt;</c> when the
/// page is right-to-left, so "الهوية الرقمية (NFC)" keeps its brackets and dots where they belong.
/// The same rule as the answers' Markdown.
/// </summary>
public static class BidiText
{
    public static IHtmlContent Isolate(string text, bool rightToLeft)
    {
        var html = new HtmlContentBuilder();
        if (!rightToLeft)
        {
            return html.Append(text);
        }
        foreach (var (piece, isLatin) in LatinRuns.Split(text))
        {
            if (isLatin)
            {
                html.AppendHtml("<bdi dir=\"ltr\">").Append(piece).AppendHtml("</bdi>");
            }
            else
            {
                html.Append(piece);
            }
        }
        return html;
    }
}
