using MassarDalil.Content.Problems;
using MassarDalil.Web;
using MassarDalil.Web.Problems;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MassarDalil.Cli.Commands;

/// <summary>
/// The one place the command line words the engine's problems: in English (the neutral
/// Resources/ProblemMessages.resx, the manager's own), as <c>path:line: message</c>, <c>path:line:column: message</c>
/// where the column is known (a link, a host name: editors and terminals jump to either), or <c>path: message</c> for a
/// whole file or folder.
/// </summary>
internal static class ProblemText
{
    private static readonly ProblemWords Words = new(new StringLocalizer<ProblemMessages>(new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));

    public static string Line(Problem problem) =>
        problem.Line > 0 ? $"{problem.File}:{problem.Place}: {Message(problem)}" : $"{problem.File}: {Message(problem)}";

    /// <summary>The message without its place.</summary>
    public static string Message(Problem problem) =>
        // An editor's rule met in a seed file: the field names what the file's reader knows ("the answer: …").
        problem.Field.Length > 0 && problem.File.Length > 0 ? $"{FieldName(problem.Field)}: {Words.English(problem)}" : Words.English(problem);

    /// <summary>How a seed file's reader knows a field of the editor: <c>Topics[0].Questions[1].Answer</c> is "the answer".</summary>
    private static string FieldName(string field) => field.Split('.')[^1] switch
    {
        "Title" when field.StartsWith("Topics", StringComparison.Ordinal) => "the topic title",
        "Body" => "the text",
        "SearchTerms" => "the search terms",
        var name => "the " + name.ToLowerInvariant(),
    };
}
