using System.Globalization;
using System.Text;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>Reads a seed file's bytes as strict UTF-8, naming the first line that is not.</summary>
internal static class SeedText
{
    /// <summary>Far more than a hand-written page needs; a bigger file is a mistake (a pasted export, a binary).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(string file, byte[] bytes, List<Problem> problems)
    {
        if (bytes.LongLength > MaxFileBytes)
        {
            problems.Add(Problem.At(file, 1, ProblemCode.FileTooBig, (bytes.LongLength / 1024).ToString(CultureInfo.InvariantCulture), (MaxFileBytes / 1024).ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var line = 1;
        var lineStart = start;
        for (var i = start; i <= bytes.Length; i++)
        {
            // A line ends at LF, or at a CR not followed by LF (the line endings Markdown knows).
            if (i == bytes.Length || bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                try
                {
                    Strict.GetString(bytes, lineStart, i - lineStart);
                }
                catch (DecoderFallbackException)
                {
                    problems.Add(Problem.At(file, line, ProblemCode.NotUtf8));
                    return null;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return UnixLineEndings(Strict.GetString(bytes, start, bytes.Length - start));
    }

    /// <summary>
    /// CRLF and CR become LF, as Markdown reads them. Unicode line and paragraph separators stay:
    /// they are text to Markdown and to editors, so folding them would shift every line number after them.
    /// </summary>
    public static string UnixLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
