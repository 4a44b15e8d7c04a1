using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Webhooks;
using MassarDalil.Tests.Support;
using MassarDalil.Tests.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Manager;

public class WebhookPagesTests
{
    private static MassarApp FastApp() => new(new Dictionary<string, string?>
    {
        ["Admin:Email"] = ManagerAccess.AdminEmail,
        ["Admin:Password"] = ManagerAccess.AdminPassword,
        ["Webhooks:PollInterval"] = "00:00:00.100",
        ["Webhooks:AllowPrivateAddresses"] = "true",
    });

    [Fact]
    public async Task AnEditorCanNeitherSeeNorChangeWebhooks()
    {
        using var app = ManagerAccess.NewApp();
        var registered = await app.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().RegisterAsync("https://hooks.example.org/in", "admin@test"));
        var editor = await app.EditorAsync();

        using var list = await editor.GetAsync("/manager/webhooks");
        using var one = await editor.GetAsync($"/manager/webhooks/{registered.Id}");
        using var disable = await editor.PostAsync($"/manager/webhooks/{registered.Id}?handler=Disable", new FormUrlEncodedContent([]));
        var dashboard = await editor.GetDocumentAsync("/manager");

        Assert.All(new[] { list, one, disable }, r => Assert.StartsWith("http://localhost/manager/denied", r.Location(), StringComparison.Ordinal));
        Assert.True((await app.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().FindAsync(registered.Id)))!.Active);
        Assert.Null(dashboard.QuerySelector("nav a[href='/manager/webhooks']"));
        var admin = await app.SignedInAsync();
        Assert.NotNull((await admin.GetDocumentAsync("/manager")).QuerySelector("nav a[href='/manager/webhooks']"));
    }

    [Fact]
    public async Task AnAdminRegistersAWebhookAndSeesItsSecretOnceOnly()
    {
        using var app = ManagerAccess.NewApp();
        var admin = await EnglishAdminAsync(app);
        var page = await admin.GetDocumentAsync("/manager/webhooks");

        using var response = await admin.SubmitAsync(page, "#new-webhook-form", new Dictionary<string, string> { ["Address"] = "https://hooks.example.org/massar" });
        var created = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Webhooks.AsNoTracking().SingleAsync());
        Assert.Equal("https://hooks.example.org/massar", stored.Url);
        var secret = created.QuerySelector("#webhook-secret")!.TextContent;
        Assert.StartsWith(WebhookSignature.SecretPrefix, secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[WebhookSignature.SecretPrefix.Length..], stored.Secret, StringComparison.Ordinal);
        Assert.Contains("will not be shown again", created.QuerySelector("#new-secret")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("", created.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#f-url")!.Value);

        var listAgain = await admin.GetStringAsync("/manager/webhooks");
        var detail = await admin.GetStringAsync($"/manager/webhooks/{stored.Id}");
        Assert.Contains("https://hooks.example.org/massar", listAgain, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listAgain, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, detail, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == AuditActions.WebhookRegister && a.Actor == ManagerAccess.AdminEmail)));
    }

    [Theory]
    [InlineData("http://hooks.example.org/massar", "Use https://")]
    [InlineData("hooks.example.org/massar", "Enter a full address")]
    [InlineData("https://user:pass@hooks.example.org/", "user name or password")]
    public async Task AnAddressThatIsNotHttpsIsRefusedWithAMessageBesideTheField(string address, string message)
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();
        var page = await admin.GetDocumentAsync("/manager/webhooks");

        using var response = await admin.SubmitAsync(page, "#new-webhook-form", new Dictionary<string, string> { ["Address"] = address });
        var refused = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var field = refused.QuerySelector("#f-url")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(address, field.GetAttribute("value"));
        Assert.NotEmpty(refused.QuerySelector("#url-error")!.TextContent);
        Assert.NotNull(refused.QuerySelector(".error-summary a[href='#f-url']"));
        Assert.Null(refused.QuerySelector("#webhook-secret"));
        Assert.Empty(await app.WithDbAsync(db => db.Webhooks.ToListAsync()));
        Assert.Contains(message, ProblemEnglish.Of(WebhookUrl.Problem(address, allowPrivateAddresses: false)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task TheAddressFieldStatesItsLengthLimitAndAnAddressOneOverItIsToldThatLimit(string language)
    {
        using var app = ManagerAccess.NewApp();
        var admin = (await app.SignedInAsync()).In(language);
        var page = await admin.GetDocumentAsync("/manager/webhooks");
        var limit = WebhookUrl.MaxLength.ToString(CultureInfo.InvariantCulture);
        var tooLong = AddressOfLength(WebhookUrl.MaxLength + 1);

        using var response = await admin.SubmitAsync(page, "#new-webhook-form", new Dictionary<string, string> { ["Address"] = tooLong });
        var refused = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Contains(limit, page.QuerySelector("#url-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = ManagerWords.Problem(language, new Problem(ProblemCode.WebhookUrlTooLong, [limit]));
        Assert.Contains(limit, message, StringComparison.Ordinal);
        Assert.Equal(message, refused.QuerySelector("#url-error")?.TextContent);
        Assert.Equal(tooLong, refused.QuerySelector("#f-url")!.GetAttribute("value"));
        Assert.Empty(await app.WithDbAsync(db => db.Webhooks.ToListAsync()));
    }

    [Fact]
    public async Task AnAddressExactlyAtTheLengthLimitIsRegistered()
    {
        // The site's failures in the assertion's message: this one found the audit's column too short on PostgreSQL.
        var logs = new CapturedLogs();
        using var app = ManagerAccess.NewApp(services: s => s.AddSingleton<ILoggerProvider>(logs));
        var admin = await EnglishAdminAsync(app);
        var page = await admin.GetDocumentAsync("/manager/webhooks");
        var longest = AddressOfLength(WebhookUrl.MaxLength);

        using var response = await admin.SubmitAsync(page, "#new-webhook-form", new Dictionary<string, string> { ["Address"] = longest });

        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{response.StatusCode}: {string.Join('\n', logs.Entries.Where(e => e.Exception is not null).Select(e => e.Exception))}");
        Assert.Equal(longest, (await app.WithDbAsync(db => db.Webhooks.AsNoTracking().SingleAsync())).Url);
        // The audit's target column is shorter than an address may be: the entry keeps the address's start.
        var audit = await app.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == AuditActions.WebhookRegister));
        Assert.Equal(longest[..(AuditEntry.MaxTargetLength - 1)] + "…", audit.Target);
    }

    [Fact]
    public async Task AnAddressCutForTheAuditLosesAWholeEmojiSequenceNotPartOfIt()
    {
        // The audit keeps 255 units and an ellipsis; the woman technologist (woman, joiner, laptop) starts at 252.
        using var app = ManagerAccess.NewApp();
        var admin = await EnglishAdminAsync(app);
        var page = await admin.GetDocumentAsync("/manager/webhooks");
        var start = AddressOfLength(AuditEntry.MaxTargetLength - 4);
        var address = start + "👩‍💻" + "/in";

        using var response = await admin.SubmitAsync(page, "#new-webhook-form", new Dictionary<string, string> { ["Address"] = address });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(address, (await app.WithDbAsync(db => db.Webhooks.AsNoTracking().SingleAsync())).Url);
        var target = (await app.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == AuditActions.WebhookRegister))).Target;
        Assert.Equal(start + "…", target);
        WellFormedText.Assert(target);
        var audit = await admin.GetDocumentAsync("/manager/audit");
        Assert.Contains(audit.QuerySelectorAll("td bdi"), cell => cell.TextContent == target);
    }

    private static string AddressOfLength(int length)
    {
        const string start = "https://hooks.example.org/";
        return start + new string('a', length - start.Length);
    }

    [Fact]
    public async Task AfterAPublishTheReceiverGetsAnEventSignedWithTheShownSecretAndTheLogShowsIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = FastApp();
        var admin = await EnglishAdminAsync(app);
        var (id, secret) = await RegisterThroughThePageAsync(admin, receiver.Url);

        var editor = await app.EditorAsync();
        var faqId = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{faqId}");
        using var published = await editor.SaveFaqAsync(form, "publish", new Dictionary<string, string> { [form.FieldOf("forgot-password")] = "Told to the webhook." });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var received = await receiver.WaitForAsync(1);
        Assert.True(received.Verifies(secret));
        Assert.Equal("page.published", received.Headers[WebhookSignature.EventHeader]);

        var row = await LogRowAsync(admin, id, r => r.TextContent.Contains("Delivered", StringComparison.Ordinal));
        Assert.Contains("page.published", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("en/faq", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("HTTP 200", row.TextContent, StringComparison.Ordinal);
        var list = await admin.GetDocumentAsync("/manager/webhooks");
        Assert.Contains("Delivered", list.QuerySelector("#webhooks tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATestEventRotationDisablingAndDeletionWorkFromTheWebhooksPage()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = FastApp();
        var admin = await EnglishAdminAsync(app);
        var (id, secret) = await RegisterThroughThePageAsync(admin, receiver.Url);
        var path = $"/manager/webhooks/{id}";

        using var test = await admin.SubmitAsync(await admin.GetDocumentAsync(path), "#test-form");
        Assert.Equal(path, test.Location());
        var first = await receiver.WaitForAsync(1);
        Assert.Equal(WebhookEventTypes.Test, first.Headers[WebhookSignature.EventHeader]);
        Assert.True(first.Verifies(secret));
        await LogRowAsync(admin, id, r => r.TextContent.Contains("webhook.test", StringComparison.Ordinal) && r.TextContent.Contains("Delivered", StringComparison.Ordinal));

        using var rotated = await admin.SubmitAsync(await admin.GetDocumentAsync(path), "#rotate-form");
        var newSecret = (await Html.ParseAsync(await rotated.Content.ReadAsStringAsync())).QuerySelector("#webhook-secret")!.TextContent;
        Assert.NotEqual(secret, newSecret);
        Assert.DoesNotContain(newSecret, await admin.GetStringAsync(path), StringComparison.Ordinal);
        await admin.SubmitAsync(await admin.GetDocumentAsync(path), "#test-form");
        var second = await receiver.WaitForAsync(2);
        Assert.True(second.Verifies(newSecret));
        Assert.False(second.Verifies(secret));

        using var disabled = await admin.SubmitAsync(await admin.GetDocumentAsync(path), "#disable-form");
        var afterDisable = await admin.GetDocumentAsync(path);
        Assert.Contains("Disabled", afterDisable.QuerySelector(".status-line")!.TextContent, StringComparison.Ordinal);
        Assert.Null(afterDisable.QuerySelector("#test-form"));
        Assert.NotNull(afterDisable.QuerySelector("#enable-form"));

        using var unconfirmed = await admin.SubmitAsync(afterDisable, "#delete-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        using var deleted = await admin.SubmitAsync(afterDisable, "#delete-form", new Dictionary<string, string> { ["confirm"] = "yes" });
        Assert.Equal("/manager/webhooks", deleted.Location());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(path)).StatusCode);
        Assert.Empty(await app.WithDbAsync(db => db.WebhookDeliveries.ToListAsync()));
        var actions = await app.WithDbAsync(db => db.Audit.Where(a => a.Target == receiver.Url).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.WebhookRegister, AuditActions.WebhookTest, AuditActions.WebhookRotate, AuditActions.WebhookTest,
            AuditActions.WebhookDisable, AuditActions.WebhookDelete], actions);
    }

    [Fact]
    public async Task TheDeliveryLogIsPaged()
    {
        using var app = ManagerAccess.NewApp();
        var registered = await app.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().RegisterAsync("https://hooks.example.org/in", "admin@test"));
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 25; i++)
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    WebhookId = registered.Id, EventId = Guid.NewGuid(), Event = "page.published", Payload = "{}",
                    Status = WebhookDeliveryStatus.Failed, Attempts = 8, ResponseCode = 500 + i, Error = WebhookErrors.HttpStatus,
                    CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });
        var admin = await app.SignedInAsync();

        var first = await admin.GetDocumentAsync($"/manager/webhooks/{registered.Id}");
        var older = first.QuerySelector("nav.pager a")!.GetAttribute("href")!;
        var second = await admin.GetDocumentAsync(older);

        Assert.Equal(20, first.QuerySelectorAll("#deliveries tbody tr").Length);
        Assert.Contains("HTTP 524", first.QuerySelector("#deliveries tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, second.QuerySelectorAll("#deliveries tbody tr").Length);
        Assert.Contains("HTTP 500", second.QuerySelectorAll("#deliveries tbody tr")[^1].TextContent, StringComparison.Ordinal);
    }

    /// <summary>An Admin reading the manager in English, so the test can read its words.</summary>
    private static async Task<HttpClient> EnglishAdminAsync(MassarApp app)
    {
        var admin = await app.SignedInAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return admin;
    }

    private static async Task<(int Id, string Secret)> RegisterThroughThePageAsync(HttpClient admin, string url)
    {
        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync("/manager/webhooks"), "#new-webhook-form",
            new Dictionary<string, string> { ["Address"] = url });
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var link = page.QuerySelectorAll("#webhooks a")[^1].GetAttribute("href")!;
        return (int.Parse(link.Split('/')[^1], CultureInfo.InvariantCulture), page.QuerySelector("#webhook-secret")!.TextContent);
    }

    private static async Task<IElement> LogRowAsync(HttpClient admin, int id, Func<IElement, bool> wanted)
    {
        IElement? row = null;
        var found = await Eventually.WithinAsync(TimeSpan.FromSeconds(15), async () =>
        {
            var page = await admin.GetDocumentAsync($"/manager/webhooks/{id}");
            row = page.QuerySelectorAll("#deliveries tbody tr").FirstOrDefault(wanted);
            return row is not null;
        }, pollMs: 200);
        Assert.True(found, "the delivery log never showed the delivery");
        return row!;
    }
}
