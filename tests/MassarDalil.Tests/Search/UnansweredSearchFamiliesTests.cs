using System.Net;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Search;

/// <summary>
/// What the editors' record of searches that found nothing holds, family by family: the shapes of phone numbers,
/// Massar codes and passwords are never stored however they are typed; the questions people really ask are.
/// </summary>
public class UnansweredSearchFamiliesTests
{
    public static TheoryData<string, string[]> Refused => new()
    {
        { "phone numbers, digit groups apart by any mix of spaces, dots, commas, dashes, slashes, brackets and plus signs",
            ["06, 12, 34, 56, 78", "06 . 12 . 34 . 56 . 78", "07, 11, 22, 33, 44", "06/12/34/56/78", "(06) 12-34-56-78", "+212 (0)6 12 34 56 78", "06 – 12 – 34"] },
        { "the same in Arabic-Indic and Extended Arabic-Indic digits",
            ["٠٦، ١٢، ٣٤، ٥٦، ٧٨", "۰۶ ۱۲ ۳۴ ۵۶ ۷۸", "٠٦٫١٢٫٣٤٫٥٦"] },
        { "Massar codes and their e-mail addresses",
            ["J130012345", "j 130 012 345", "J-130-012-345", "ج١٣٠٠١٢٣٤٥", "J130012345@taalim.ma", "j130012345 taalim.ma"] },
        { "a password or login word and its value",
            ["motdepasse: Soleil!!", "mot de passe : soleil", "password: hunter", "mdp 1234", "code 4321", "my password is Azerty!!", "identifiant: ahmed", "mdp=azerty"] },
        { "the same in Arabic and Darija",
            ["كلمة السر: شمس", "كلمة المرور: وردة", "القن السري ديالي هو 1234", "المودباس: وردة", "kalimat sir: nour", "l'mdp dyali howa soleil!!"] },
        { "a word typed alone with symbols, at its end too",
            ["Azerty!!", "azerty!", "Soleil.", "!soleil", "شمس!!", "1234!!", "pass#word"] },
        { "a password or login word beside any other word: the site answers such questions, so one it cannot may hold the password",
            ["mot de passe soleil", "soleil mot de passe", "كلمة السر وردة", "mot de passe oublié", "password reset", "nsit lmdp", "نسيت كلمة المرور", "code massar 2025", "كود مسار ٢٠٢٥"] },
    };

    public static TheoryData<string, string[]> Kept => new()
    {
        { "a password or login word alone, in every language",
            ["mot de passe", "mot de passe ?", "mdp", "password", "كلمة السر", "كلمة السر؟", "kalimat sir", "code"] },
        { "short numbers: grades, averages, years",
            ["note 12/20", "moyenne 10", "moyenne 12,5", "bac 2024", "2 bac", "massar 2025", "مسار ٢٠٢٥", "نتائج ٢٠٢٥"] },
        { "a word typed alone without symbols",
            ["inscription ?", "«bac»", "massar", "e-mail", "moutamadris.men.gov.ma", "2025", "12/20"] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task NoQueryOfARefusedFamilyIsStoredFromTheSearchPageTheBoxOrTheStore(string family, string[] queries)
    {
        using var app = new MassarApp(RoomForEveryQuery(queries));
        var visitor = app.CreateVisitor();

        foreach (var query in queries)
        {
            using var page = await visitor.GetAsync($"/fr/search?q={Uri.EscapeDataString(query)}");
            using var box = await visitor.PostSettledMissAsync("fr", query);
            Assert.True(page.StatusCode == HttpStatusCode.OK && box.StatusCode == HttpStatusCode.NoContent, $"{family}: {query}");
        }
        // The same visitor's next real miss is still counted: the record was open, it refused those.
        (await visitor.GetAsync("/fr/search?q=zorglub")).Dispose();
        Assert.Equal(["zorglub"], await app.StoredMissesAsync());

        // Straight to the store too: some of these find answers on the site, and an answered search is no miss.
        foreach (var query in queries)
        {
            Assert.False(await app.RecordMissAsync("fr", query), $"{family}: {query}");
        }
        Assert.Equal(["zorglub"], await app.StoredMissesAsync());
    }

    [Theory]
    [MemberData(nameof(Kept))]
    public async Task EveryQueryOfAKeptFamilyIsStored(string family, string[] queries)
    {
        // Through the store: many of these find answers on the site, and an answered search is not a miss.
        using var app = new MassarApp();

        foreach (var query in queries)
        {
            Assert.True(await app.RecordMissAsync("fr", query), $"{family}: {query}");
        }

        Assert.Equal(queries.Select(SearchQueryText.Normalize).Order(StringComparer.Ordinal), (await app.StoredMissesAsync()).Order(StringComparer.Ordinal));
    }

    // Room for each query from both entry points and the miss after them: one the rule let through would be stored,
    // not hidden by the address's budget.
    private static Dictionary<string, string?> RoomForEveryQuery(string[] queries) =>
        new() { ["UnansweredSearches:PerAddressPerMinute"] = $"{queries.Length * 2 + 1}", ["UnansweredSearches:PerAddressPerDay"] = $"{queries.Length * 2 + 1}" };
}
