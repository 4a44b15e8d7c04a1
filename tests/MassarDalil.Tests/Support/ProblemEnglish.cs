using MassarDalil.Cli.Commands;
using MassarDalil.Content.Problems;

namespace MassarDalil.Tests.Support;

/// <summary>The engine's problems as a person reads them in English: what the command line prints.</summary>
internal static class ProblemEnglish
{
    /// <summary>A code without values or place, in English.</summary>
    public static string Of(ProblemCode code) => ProblemText.Message(new Problem(code, []));

    /// <summary>The same; null stays null.</summary>
    public static string? Of(ProblemCode? code) => code is { } c ? Of(c) : null;

    /// <summary>A problem with its values, in English; null stays null.</summary>
    public static string? Of(Problem? problem) => problem is null ? null : ProblemText.Message(problem);

    extension(Problem problem)
    {
        /// <summary>The message alone (a seed file's editor rule keeps its field: "the answer: …").</summary>
        public string Message => ProblemText.Message(problem);

        /// <summary>The whole line: <c>path:line: message</c>.</summary>
        public string Text => ProblemText.Line(problem);
    }
}
