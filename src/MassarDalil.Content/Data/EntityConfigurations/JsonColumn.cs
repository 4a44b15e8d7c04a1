using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MassarDalil.Content.Data.EntityConfigurations;

/// <summary>
/// Stores a value as JSON text. Plain text (not a provider JSON type) keeps SQLite and
/// PostgreSQL schemas alike and the stored snapshot readable in any database tool.
/// </summary>
internal static class JsonColumn
{
    // Arabic stays as written rather than \uXXXX escapes: a sixth of the characters, faster to
    // write and read, and readable in a database tool.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static ValueConverter<T, string> Converter<T>() => new(
        value => JsonSerializer.Serialize(value, Options),
        json => JsonSerializer.Deserialize<T>(json, Options)!);

    /// <summary>
    /// For an immutable value (a record whose lists are never changed in place): the snapshot is the
    /// value itself and equality is the type's own deep comparison, so change tracking costs no
    /// serialization. A 2,000-question FAQ made the serializing comparer take seconds per import.
    /// </summary>
    public static ValueComparer<T> ImmutableComparer<T>(Func<T, T, bool> equivalent, Func<T, int> hash) where T : class => new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && equivalent(a, b)),
        value => hash(value),
        value => value);

    /// <summary>Compares by serialized form so EF notices edits deep inside nested lists.</summary>
    public static ValueComparer<T> Comparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
        value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!);
}
