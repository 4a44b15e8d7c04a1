using System.Collections;
using System.Globalization;

namespace MassarDalil.Web.Operations;

/// <summary>
/// One request log line as the logger sees it: the fields and text a <c>[LoggerMessage]</c> with
/// <see cref="Template"/> gives (the same names for the JSON formatter, the same message), made without boxing
/// every field and parsing the template for each line.
/// </summary>
/// <remarks>
/// The generated logger formatted each line through <c>LogValuesFormatter</c>: five boxed arguments, a check of each
/// for a list, then <c>string.Format</c>. That was a fifth of the request log's cost on a cached page
/// (tests/load/README.md, "the cached page within 0.90 of the limit").
/// </remarks>
internal readonly struct RequestLogLine(RequestLogEntry entry) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string Template = "{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms {RequestId}";

    public static readonly EventId Event = new(1, "Served");

    public static readonly Func<RequestLogLine, Exception?, string> Format = static (line, _) => line.ToString();

    public int Count => 6;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Method", entry.Method),
        1 => new("Path", entry.LoggedPath),
        2 => new("StatusCode", entry.StatusCode),
        3 => new("ElapsedMs", entry.ElapsedMs),
        4 => new("RequestId", entry.RequestId),
        5 => new("{OriginalFormat}", Template),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The path as the template gave it (PathString.ToString: escaped for a URI), the time with one decimal.
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{entry.Method} {entry.LoggedPath} {entry.StatusCode} {entry.ElapsedMs:0.0} ms {entry.RequestId}");
}
