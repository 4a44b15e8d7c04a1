using MassarDalil.Web.Areas.Manager.Accounts;

namespace MassarDalil.Tests.Manager;

/// <summary>The password rules as pure functions (NIST SP 800-63B): length, no composition rules, weak choices refused.</summary>
public class PasswordPolicyTests
{
    [Theory]
    [InlineData("correct horse battery wombat")]
    [InlineData("my cat eats olives at dawn")]
    [InlineData("قطتي تحب الشاي بالنعناع")]
    [InlineData("tajine au citron chez mima")]
    [InlineData("alllowercaseletters")]
    [InlineData("sea turtle 9")]
    [InlineData("Ünïcödé pass phrase ✓")]
    [InlineData("🐢🌊🐢 slow and steady")]
    [InlineData("k7P#q2mZ!x9Rt4Wa")]
    public void PassphrasesAndAnyCharactersAreAcceptedWithoutCompositionRules(string password) =>
        Assert.Empty(PasswordPolicy.Problems(password, "editor@massar.test", []));

    [Theory]
    [InlineData("short pass")]
    [InlineData("elevenchars")]
    [InlineData("🙂🙂🙂🙂🙂🙂")] // twelve UTF-16 units, but six characters
    [InlineData("")]
    public void PasswordsShorterThanTwelveCharactersAreRefused(string password) =>
        Assert.Equal([PasswordPolicy.TooShort], PasswordPolicy.Problems(password, null, []));

    [Fact]
    public void PasswordsUpTo256CharactersAreAcceptedAndLongerOnesRefused()
    {
        var longest = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"step{i}"))[..256];

        Assert.Empty(PasswordPolicy.Problems(longest, null, []));
        Assert.Empty(PasswordPolicy.Problems(longest[..64], null, []));
        Assert.Equal([PasswordPolicy.TooLong], PasswordPolicy.Problems(longest + "x", null, []));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("P@ssw0rd2026!")]
    [InlineData("Password 2026")]
    [InlineData("iloveyou2026")]
    [InlineData("Summer2026!!")]
    [InlineData("correct horse battery staple")]
    [InlineData("motdepasse123")]
    [InlineData("Casablanca2026")]
    [InlineData("كلمة المرور 123")]
    [InlineData("bismillah12345")]
    [InlineData("qwertyuiop12")]
    [InlineData("azertyuiop123")]
    [InlineData("123456789012")]
    [InlineData("098765432109")]
    [InlineData("abcdefghijkl")]
    [InlineData("1234567890qwerty")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abcabcabcabc")]
    [InlineData("2026 2026 2026")]
    [InlineData("مرحبا مرحبا مرحبا")]
    [InlineData("abc123abc123")]
    [InlineData("123456789abc")]
    [InlineData("!@#$%^&*()_+")]
    [InlineData("            ")]
    public void CommonPasswordsAndObviousPatternsAreRefused(string password) =>
        Assert.Equal([PasswordPolicy.Common], PasswordPolicy.Problems(password, "editor@massar.test", []));

    [Theory]
    [InlineData("editor@massar.test")]
    [InlineData("Editor@Massar.test")]
    [InlineData("editor2026!!")]
    [InlineData("editor massar test")]
    public void TheAccountsOwnEmailIsRefused(string password) =>
        Assert.Equal([PasswordPolicy.IsEmail], PasswordPolicy.Problems(password, "editor@massar.test", []));

    [Theory]
    [InlineData("Massar Dalil 2026", "Massar Dalil")]
    [InlineData("massardalil!!!", "Massar Dalil")]
    [InlineData("دليل مسار 2026", "دليل مسار")]
    [InlineData("Guide Massar 2026", "Guide Massar")] // a site renamed by its editors
    public void TheSitesNameIsRefused(string password, string siteName) =>
        Assert.Equal([PasswordPolicy.IsSiteName], PasswordPolicy.Problems(password, "editor@massar.test", [siteName]));

    [Fact]
    public void GeneratedOneTimePasswordsAlwaysPassTheRules()
    {
        for (var i = 0; i < 500; i++)
        {
            var password = PasswordGenerator.Generate("editor@massar.test");
            Assert.Equal(16, password.Length);
            Assert.Empty(PasswordPolicy.Problems(password, "editor@massar.test", []));
        }
    }

    [Fact]
    public void TheShippedListOfWeakPasswordsIsLoaded() =>
        Assert.True(PasswordPolicy.ListedCount > 200, $"only {PasswordPolicy.ListedCount} weak passwords loaded");
}
