using System.Text.RegularExpressions;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;
using MassarDalil.Web.Areas.Manager.Pages;

namespace MassarDalil.Tests.Manager;

public partial class ManagerTextTests
{
    // Folders, and single files of the engine whose messages the manager shows.
    private static readonly string[] SourceFolders =
    [
        Path.Combine(TestPaths.Root, "src", "MassarDalil.Web", "Areas", "Manager"),
        Path.Combine(TestPaths.Root, "src", "MassarDalil.Content", "Publishing"),
        Path.Combine(TestPaths.Root, "src", "MassarDalil.Content", "Webhooks"),
        Path.Combine(TestPaths.Root, "src", "MassarDalil.Content", "Search", "QuestionSearchTerms.cs"),
    ];

    [Fact]
    public void EveryPhraseTheManagerShowsHasItsArabic()
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal)
        {
            "Title", "Description", "Slug", "Site", "TranslationKey", "Key", "Question", "Answer", "SearchTerms", "Body", "Admin", "Editor",
        };
        foreach (var file in SourceFolders.SelectMany(f => File.Exists(f) ? [f] : Directory.GetFiles(f, "*.*", SearchOption.AllDirectories))
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(f => !f.EndsWith("ManagerArabic.cs", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match call in Translated().Matches(text))
            {
                foreach (Match literal in Literal().Matches(call.Value))
                {
                    phrases.Add(literal.Groups[1].Value);
                }
            }
            foreach (Match call in Flash().Matches(text))
            {
                phrases.UnionWith(Literal().Matches(call.Value).Select(m => m.Groups[1].Value).Where(v => v.EndsWith('.')));
            }
            phrases.UnionWith(Message().Matches(text).Select(m => m.Groups[1].Value));
        }
        foreach (var action in new[] { AuditActions.Import, AuditActions.Save, AuditActions.Publish, AuditActions.Unpublish, AuditActions.Restore,
                     AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignOut, AuditActions.PasswordChange, AuditActions.Create,
                     AuditActions.UserCreate, AuditActions.UserChange, SynonymService.AuditAction,
                     AuditActions.WebhookRegister, AuditActions.WebhookEnable, AuditActions.WebhookDisable, AuditActions.WebhookRotate,
                     AuditActions.WebhookDelete, AuditActions.WebhookTest })
        {
            phrases.Add(ManagerNames.Action(action));
        }
        phrases.UnionWith(PageType.All.Select(ManagerNames.Type));
        phrases.UnionWith(Enum.GetValues<PageState>().Select(ManagerNames.State));
        phrases.UnionWith(Enum.GetValues<MassarDalil.Content.Webhooks.WebhookDeliveryStatus>().Select(ManagerNames.Delivery));
        phrases.RemoveWhere(p => p.StartsWith("Topics[", StringComparison.Ordinal) || p.Length < 2 || !p.Any(char.IsLetter));

        var missing = phrases.Where(p => ManagerText.Arabic[p] == p).Order(StringComparer.Ordinal).ToList();

        Assert.True(phrases.Count > 150, $"only {phrases.Count} phrases found: the scan is broken");
        Assert.Empty(missing);
    }

    [Fact]
    public void ArabicAndEnglishFormatsTakeTheSameArguments()
    {
        var phrases = typeof(ManagerText).Assembly.GetType("MassarDalil.Web.Areas.Manager.ManagerArabic")!
            .GetProperty("Phrases")!.GetValue(null);
        // A renamed or retyped table must fail here, not leave nothing to compare.
        var table = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(phrases);
        Assert.True(table.Count > 150, $"only {table.Count} phrases in the Arabic table");
        Assert.Contains(table.Values, arabic => Placeholders(arabic).Count > 0); // some formats with arguments are compared
        foreach (var (english, arabic) in table)
        {
            Assert.Equal(Placeholders(english), Placeholders(arabic));
        }
    }

    [Fact]
    public async Task TheEditorChoosesTheManagersLanguageAndArabicIsRightToLeft()
    {
        using var app = ManagerAccess.NewApp();
        var client = app.CreateBrowser();
        var arabic = await client.GetDocumentAsync("/manager/login");
        Assert.Equal(("ar", "rtl", "تسجيل الدخول"), (arabic.DocumentElement.GetAttribute("lang"), arabic.DocumentElement.GetAttribute("dir"), arabic.QuerySelector("h1")!.TextContent));

        using var switched = await client.SubmitAsync(arabic, "form[action='/manager/language']");
        var english = await client.GetDocumentAsync(switched.Location()!);

        Assert.Equal(("en", "ltr", "Sign in"), (english.DocumentElement.GetAttribute("lang"), english.DocumentElement.GetAttribute("dir"), english.QuerySelector("h1")!.TextContent));
    }

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal)];

    /// <summary><c>T["..."]</c> (with any literals inside, as in ternaries) and <c>T.Format("...", ...)</c>.</summary>
    [GeneratedRegex(@"\bT\[[^\]\n]*\]|\bT\.Format\(\s*""[^""]+""")]
    private static partial Regex Translated();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex Literal();

    /// <summary>English messages handed to the manager to translate: problems, switch arms, returns of account errors.</summary>
    [GeneratedRegex(@"(?:new EditProblem\(""[^""]*"",\s*|=> |return |\[)""([A-Z][^""]*[.:])""")]
    private static partial Regex Message();

    [GeneratedRegex(@"RedirectWithFlash\([^;]*;")]
    private static partial Regex Flash();
}
