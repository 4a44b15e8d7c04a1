using MassarDalil.Content.Problems;
using MassarDalil.Web.Problems;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>A form field's problem, already worded in the reader's language.</summary>
public sealed record FieldMessage(string Field, string Message);

/// <summary>Validation problems of one form, found by field name for the inputs and listed for the summary.</summary>
public sealed class ProblemList(ManagerText text, IReadOnlyList<FieldMessage> problems, Func<string, string>? label = null)
{
    public static ProblemList None(ManagerText text) => new(text, []);

    /// <summary>The engine's problems, worded in the manager's language (Resources/ProblemMessages*.resx).</summary>
    public static ProblemList Of(ManagerText text, ProblemWords words, IReadOnlyList<Problem> problems, Func<string, string>? label = null) =>
        new(text, problems.Select(p => new FieldMessage(p.Field, words.Message(p, text.Culture))).ToList(), label);

    public ManagerText T { get; } = text;
    public IReadOnlyList<FieldMessage> Problems { get; } = problems;

    public bool Any => Problems.Count > 0;

    public string? For(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;

    public bool HasUnder(string prefix) => Problems.Any(p => p.Field.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The id an input of this field carries: <c>Topics[1].Questions[0].Key</c> gives <c>f-topics-1-questions-0-key</c>.</summary>
    public static string Id(string field) =>
        "f-" + string.Concat(field.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Replace("--", "-", StringComparison.Ordinal).Trim('-');

    public string FieldId(string field) => Id(field);

    public string Label(string field) => label?.Invoke(field) ?? FieldName(T, field);

    /// <summary>
    /// A field as its form's label names it: the last part of <c>Topics[0].Questions[1].SearchTerms</c> is the property
    /// <c>SearchTerms</c>, whose label reads "Search terms". The label's own resource, so every language says the same.
    /// </summary>
    public static string FieldName(ManagerText text, string field)
    {
        var property = field[(field.LastIndexOf('.') + 1)..];
        return text[Labels.GetValueOrDefault(property, property)];
    }

    /// <summary>The labels of properties whose names are no words for an editor; other properties are their label's key.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Slug"] = "Address", ["TranslationKey"] = "Translation key", ["SearchTerms"] = "Search terms", ["Body"] = "Text (Markdown)",
        ["Link"] = "Official link",
    };
}
