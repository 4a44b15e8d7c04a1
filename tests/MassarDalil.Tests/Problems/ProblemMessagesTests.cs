using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Resources;
using System.Text.RegularExpressions;
using MassarDalil.Content.Problems;
using MassarDalil.Web;
using MassarDalil.Web.Problems;

namespace MassarDalil.Tests.Problems;

/// <summary>The engine speaks in codes; every code has its words in every language the manager ships.</summary>
public partial class ProblemMessagesTests
{
    private static readonly ResourceManager Messages = new("MassarDalil.Web.Resources.ProblemMessages", typeof(ProblemMessages).Assembly);

    /// <summary>The cultures the manager ships problem words in, besides English (the neutral resources).</summary>
    public static TheoryData<string> Cultures => new() { "ar", "fr" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryCodeHasAnEnglishMessageAndATranslationWithTheSamePlaceholders(string culture)
    {
        var english = Messages.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        // Not falling back to English: a code missing from the culture's file must fail here.
        var translated = Messages.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!;
        var codes = Enum.GetNames<ProblemCode>();

        Assert.True(codes.Length > 100, $"only {codes.Length} codes: the engine's problems are not all codes");
        foreach (var code in codes)
        {
            var (en, other) = (english.GetString(code), translated.GetString(code));
            Assert.False(string.IsNullOrWhiteSpace(en), $"{code} has no English message");
            Assert.False(string.IsNullOrWhiteSpace(other), $"{code} has no '{culture}' message");
            Assert.NotEqual(en, other);
            Assert.True(ProblemWords.Placeholders(en).SetEquals(ProblemWords.Placeholders(other)), $"{code}: '{en}' and '{other}' fill different values");
        }
        // Nothing left over from a code that was renamed or removed.
        Assert.Empty(Keys(english).Concat(Keys(translated)).Except(codes));
    }

    [Fact]
    public void ThePlaceholdersAreFilledAndASeedFilesOwnBracesAreLeftAsTheyAre() =>
        Assert.Equal(
            "the key 'grades' is already used at line 12; every topic and question needs its own key",
            ProblemWords.Fill(Messages.GetString(nameof(ProblemCode.DuplicateHeadingKey), CultureInfo.InvariantCulture)!, ["grades", "12"]));

    /// <summary>
    /// Every string the engine's code holds (its IL's literals), read from the compiled assembly: none is a sentence
    /// for a person. What remains English is for operators and programmers (logs, exceptions, the audit log's details).
    /// </summary>
    [Fact]
    public void TheEngineHoldsNoSentenceForAPerson()
    {
        using var pe = new PEReader(File.OpenRead(typeof(Problem).Assembly.Location));
        var metadata = pe.GetMetadataReader();
        var sentences = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            var text = metadata.GetUserString(handle);
            if (Sentence().IsMatch(text) && !ForOperators.Any(text.StartsWith))
            {
                sentences.Add(text);
            }
        }

        Assert.True(sentences.Count == 0, "sentences in the engine:\n" + string.Join('\n', sentences));
    }

    /// <summary>
    /// English the engine keeps on purpose, none of it shown to a visitor or an editor as a message: settings checks and
    /// logs for operators, exceptions for programmers, the audit log's stored details, the comments the export writes at
    /// the top of seed files. A new entry here is a decision, not a convenience.
    /// </summary>
    private static readonly string[] ForOperators =
    [
        "Database:Provider must be", "Database:StartRetryMax must be", "Webhooks: MaxAttempts and Concurrency", "Media: MaxUploadBytes, MaxPixels",
        "Search index built for", "Search index rebuild failed", "Search index for language {Language} could not be built", "Left /{Site}/{Slug} out of the public site", "Could not render /{Site}/{Slug}",
        "Empty database filled from", "another server holds the start-up lock", "Site texts of {Sites} sites brought up to date",
        "Load PublishedRevision (Include)", "The content state row is missing.",
        ", merged with the changes of ", "a published page has this address again",
        "# Words visitors write for the same thing", "# Old addresses of this site", "# Site settings: one entry per language",
        "# This site's words outside its pages", "# The header's and the footer's entries", "# and the home page's groups of guides",
        "# Each image of media/",
        // The scheduler's log line and audit detail when a scheduled publish had nothing to do or could not happen.
        "was already published as it is", "not published: its address is taken", "another published page has the address ",
        "timestamp with time zone", // PostgreSQL's column type
    ];

    private static IEnumerable<string> Keys(ResourceSet set) =>
        set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);

    // Four words or more of a sentence: "the file is not valid", "Choose a site." Identifiers, SQL and paths are not.
    [GeneratedRegex(@"\b[A-Za-z][a-z']+(?: [a-z'’]+){3,}")]
    private static partial Regex Sentence();
}
