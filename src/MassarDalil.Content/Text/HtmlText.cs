using System.Text;

namespace MassarDalil.Content.Text;

/// <summary>Escapes text for HTML and SVG, in element content and in quoted attributes alike.</summary>
public static class HtmlText
{
    public static string Escape(string text) => Append(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>Appends <paramref name="text"/> escaped, for callers that build their own HTML around it.</summary>
    public static StringBuilder Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }
        return builder;
    }
}
