using MassarDalil.Content.Publishing;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>Validation problems of one form, found by field name for the inputs and listed for the summary.</summary>
public sealed class ProblemList(ManagerText text, IReadOnlyList<EditProblem> problems, Func<string, string>? label = null)
{
    public static ProblemList None(ManagerText text) => new(text, []);

    public ManagerText T { get; } = text;
    public IReadOnlyList<EditProblem> Problems { get; } = problems;

    public bool Any => Problems.Count > 0;

    public string? For(string field) => Problems.FirstOrDefault(p => p.Field == field) is { } p ? T[p.Message] : null;

    public bool HasUnder(string prefix) => Problems.Any(p => p.Field.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The id an input of this field carries: <c>Topics[1].Questions[0].Key</c> gives <c>f-topics-1-questions-0-key</c>.</summary>
    public static string Id(string field) =>
        "f-" + string.Concat(field.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Replace("--", "-", StringComparison.Ordinal).Trim('-');

    public string FieldId(string field) => Id(field);

    public string Label(string field) => label?.Invoke(field) ?? T[field.Split('.')[^1]];
}
