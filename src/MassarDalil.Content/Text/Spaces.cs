namespace MassarDalil.Content.Text;

/// <summary>Text made into one line, as a snippet or a meta description shows it.</summary>
public static class Spaces
{
    /// <summary>
    /// Each run of the spaces a line may break at (new lines, tabs, plain spaces) as one plain space, trimmed. A
    /// no-break space stays what it is: French keeps its narrow one before a colon (docs/decisions.md, "French
    /// typography"), which a collapse into plain spaces turned into "Massar : l'identifiant" in search snippets and
    /// meta descriptions until stop 38.
    /// </summary>
    public static string Collapse(string text) => string.Join(' ', text.Split(Breaking, StringSplitOptions.RemoveEmptyEntries));

    private static readonly char[] Breaking = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
        .Where(c => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007'))];
}
