using MassarDalil.Content.Published;
using MassarDalil.Content.Search;
using MassarDalil.Content.Text;

namespace MassarDalil.Web.Operations;

/// <summary>
/// The path a log line may hold. An address the site answered (2xx, 304) is one of its own and is written as it came.
/// Any other may be what a visitor typed into the address bar (<c>/ar/J130012345@taalim.ma</c>): each segment the
/// rule for what the site could not answer refuses (<see cref="SearchPrivacy.CheckUnanswered"/>: codes, e-mails,
/// passwords, phone numbers) is written as <see cref="Hidden"/>, or all but the first when only the segments together
/// are refused (a date of birth, <c>/ar/12/05/2008</c>); the rest stays, so an operator still sees which address failed.
/// The API's own prefix is never judged (its <c>v1</c> mixes a letter and a digit), and a path is cut at
/// <see cref="MaxLength"/> characters, so a crafted address cannot make one line as long as Kestrel allows.
/// </summary>
internal static class LoggedPath
{
    public const string Hidden = "(hidden)";

    public const int MaxLength = 300;

    public static string Of(PathString path, int status)
    {
        if (status is >= 200 and < 300 or StatusCodes.Status304NotModified || path.Value is not { Length: > 1 } value)
        {
            return Cut(path.ToString());
        }
        var prefix = path.StartsWithSegments(ContentUrls.ApiBase, StringComparison.Ordinal, out var rest) ? ContentUrls.ApiBase : "";
        var judged = prefix.Length > 0 ? rest.Value ?? "" : value;
        var segments = judged.Split('/');
        var hidden = false;
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && !SearchPrivacy.MayKeepUnanswered(segments[i]))
            {
                (segments[i], hidden) = (Hidden, true);
            }
        }
        // Together only the digit rules can refuse what each segment passed; a password word in one segment
        // beside the language in another is not a password beside words.
        var logged = hidden ? string.Join('/', segments)
            : SearchPrivacy.MayRecord(judged.Replace('/', ' ')) ? judged
            : string.Join('/', [.. segments.Take(2), Hidden]);
        return Cut(prefix + new PathString(logged.Length == 0 ? "" : logged));
    }

    private static string Cut(string path) => TextCut.ToLength(path, MaxLength, "…");
}
