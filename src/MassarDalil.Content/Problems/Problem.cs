namespace MassarDalil.Content.Problems;

/// <summary>
/// One thing wrong with what a person wrote: a <see cref="ProblemCode"/> and the values its message names, with where
/// it is kept as data: a form field (<see cref="Field"/>, <c>Topics[1].Questions[0].Key</c>) for the editor, a file and
/// line for a seed file. No sentence is built here: the manager and the CLI word it for their reader.
/// </summary>
public sealed record Problem(ProblemCode Code, IReadOnlyList<string> Args)
{
    /// <summary>The form field, or "" when the problem is not about one; in a seed file, the editor's field it is about.</summary>
    public string Field { get; init; } = "";

    /// <summary>The seed file (or folder), or "" for a form.</summary>
    public string File { get; init; } = "";

    /// <summary>
    /// The seed file's line, from 1; 0 for the whole file or folder (a folder has no lines). For a form field's Markdown,
    /// the line of that text the problem is on (a link, a host name), which the seed reader turns into the file's line;
    /// 0 when it is about the whole field.
    /// </summary>
    public int Line { get; init; }

    /// <summary>The column on <see cref="Line"/>, from 1, where the problem starts (a link); 0 when not known.</summary>
    public int Column { get; init; }

    /// <summary>A problem with an editor's form field.</summary>
    public static Problem For(string field, ProblemCode code, params string[] args) => new(code, args) { Field = field };

    /// <summary>A number as one of a message's values (a limit, a line, a count): digits, whoever reads it.</summary>
    public static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A problem at a line of a seed file (0: the whole file).</summary>
    public static Problem At(string file, int line, ProblemCode code, params string[] args) => new(code, args) { File = file, Line = line };

    public bool Equals(Problem? other) =>
        other is not null && Code == other.Code && Args.SequenceEqual(other.Args) && Field == other.Field && File == other.File && Line == other.Line && Column == other.Column;

    public override int GetHashCode() => HashCode.Combine(Code, Field, File, Line, Args.Count);

    /// <summary>The line, and the column when known: <c>12</c> or <c>12:7</c>, as compilers and editors write a place.</summary>
    public string Place => Column > 0 ? $"{Number(Line)}:{Number(Column)}" : Number(Line);

    /// <summary>For logs and test failures only: the code and its values, never shown to a reader.</summary>
    public override string ToString() =>
        $"{(File.Length > 0 ? Line > 0 ? $"{File}:{Place}: " : $"{File}: " : "")}{(Field.Length > 0 ? Field + ": " : "")}{Code}({string.Join(", ", Args)})";
}
