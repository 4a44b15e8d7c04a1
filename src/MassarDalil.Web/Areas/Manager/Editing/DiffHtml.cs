using System.Text;
using System.Text.Encodings.Web;
using MassarDalil.Content.Publishing;
using Microsoft.AspNetCore.Html;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>
/// A word diff or a text as lines of HTML for a <c>white-space: pre-wrap</c> block. Built here rather than in Razor,
/// whose indentation inside such a block put every inserted word on a line of its own. Each line is a
/// <c>&lt;bdi&gt;</c> (direction from its own first letter), so Markdown's list marks and Latin words in an
/// Arabic answer (and Arabic in an English one) keep their order.
/// </summary>
public static class DiffHtml
{
    /// <summary>A line break that was removed or added, shown as a mark so the lines around it stay as they were.</summary>
    public const string BreakMark = "¶";

    // Every script as itself, as Razor writes the rest of the page: Arabic as entities would triple the diff's size.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Words(string before, string after)
    {
        var lines = new Lines();
        foreach (var part in WordDiff.Compare(before, after))
        {
            var segments = part.Text.Split('\n');
            for (var i = 0; i < segments.Length; i++)
            {
                if (i > 0)
                {
                    // A removed break joins its lines (marked); a kept or added one breaks the line, an added one marked.
                    switch (part.Op)
                    {
                        case DiffOp.Removed:
                            lines.Add(DiffOp.Removed, BreakMark);
                            break;
                        case DiffOp.Added:
                            lines.Add(DiffOp.Added, BreakMark);
                            lines.Break();
                            break;
                        default:
                            lines.Break();
                            break;
                    }
                }
                lines.Add(part.Op, segments[i]);
            }
        }
        return lines.ToHtml();
    }

    /// <summary>Plain text, each line isolated.</summary>
    public static IHtmlContent Text(string text)
    {
        var lines = new Lines();
        var segments = text.Split('\n');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                lines.Break();
            }
            lines.Add(DiffOp.Same, segments[i]);
        }
        return lines.ToHtml();
    }

    private sealed class Lines
    {
        private readonly StringBuilder _html = new();
        private readonly StringBuilder _line = new();

        public void Add(DiffOp op, string text)
        {
            if (text.Length == 0)
            {
                return;
            }
            var encoded = Encoder.Encode(text);
            _line.Append(op switch
            {
                DiffOp.Added => $"<ins>{encoded}</ins>",
                DiffOp.Removed => $"<del>{encoded}</del>",
                _ => encoded,
            });
        }

        public void Break()
        {
            Flush();
            _html.Append('\n');
        }

        public HtmlString ToHtml()
        {
            Flush();
            return new HtmlString(_html.ToString());
        }

        private void Flush()
        {
            if (_line.Length > 0)
            {
                _html.Append("<bdi>").Append(_line).Append("</bdi>");
                _line.Clear();
            }
        }
    }
}
