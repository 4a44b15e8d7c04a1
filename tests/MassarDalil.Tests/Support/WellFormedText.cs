using System.Text;

namespace MassarDalil.Tests.Support;

/// <summary>Text as PostgreSQL takes it: Npgsql writes strings with a strict UTF-8 encoder, which refuses a lone surrogate.</summary>
public static class WellFormedText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Fails, naming the text, when it holds half a surrogate pair (or SQLite's U+FFFD in its place).</summary>
    public static void Assert(string text)
    {
        try
        {
            Xunit.Assert.Equal(text, Strict.GetString(Strict.GetBytes(text)));
        }
        catch (EncoderFallbackException e)
        {
            Xunit.Assert.Fail($"not well-formed UTF-16 at {e.Index}: {text}");
        }
        Xunit.Assert.DoesNotContain('\uFFFD', text);
    }
}
