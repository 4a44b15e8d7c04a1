using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MassarDalil.Content.Pages;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MassarDalil.Content.Data.EntityConfigurations;

/// <summary>
/// Stores a value as JSON text. Plain text (not a provider JSON type) keeps SQLite and
/// PostgreSQL schemas alike and the stored snapshot readable in any database tool.
/// </summary>
/// <remarks>
/// Converters and comparers are named public classes with parameterless constructors (not lambdas over
/// private fields) so that the compiled models in Data/CompiledModels can construct them.
/// </remarks>
public sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(
    value => JsonColumnConverter.Serialize(value),
    json => JsonColumnConverter.Deserialize<T>(json));

public static class JsonColumnConverter
{
    // Arabic stays as written rather than \uXXXX escapes: a sixth of the characters, faster to
    // write and read, and readable in a database tool.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>JSON of <paramref name="value"/>; a page content read from an unreadable row is written back as it was found.</summary>
    public static string Serialize<T>(T value) =>
        value is PageContent { UnreadableJson: { } stored } ? stored : JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// The value stored as <paramref name="json"/>. Page content that cannot be read (a corrupt row, a shape no version
    /// wrote) becomes <see cref="PageContent.Unreadable"/> rather than an exception: one bad revision must not stop
    /// every query that loads pages (the published snapshot, the manager's dashboard), so each reader decides.
    /// </summary>
    public static T Deserialize<T>(string json) =>
        typeof(T) == typeof(PageContent) ? (T)(object)ReadContent(json) : JsonSerializer.Deserialize<T>(json, Options)!;

    private static PageContent ReadContent(string json)
    {
        try
        {
            if (JsonSerializer.Deserialize<PageContent>(json, Options) is { IsWellFormed: true } content)
            {
                return content;
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Falls through: not page content.
        }
        return PageContent.Unreadable(json);
    }
}

/// <summary>
/// Page content is immutable (records whose lists are never changed in place): the snapshot is the
/// value itself and equality is the records' deep comparison, so change tracking costs no
/// serialization. A 2,000-question FAQ made a serializing comparer take seconds per import.
/// The draft's history counts too: a save that changes only an FAQ's question rows leaves the page row's
/// text as it was but adds a step to its history, which must be written (a new history is a new list: content is immutable).
/// </summary>
public sealed class PageContentComparer() : ValueComparer<PageContent>(
    (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.Equivalent(b) && ReferenceEquals(a.History, b.History)),
    content => content.Title.GetHashCode(StringComparison.Ordinal),
    content => content);

/// <summary>A list of strings changed in place is noticed: equality by elements, snapshots are copies.</summary>
public sealed class StringListComparer() : ValueComparer<List<string>>(
    (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.SequenceEqual(b)),
    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
    list => list.ToList());
