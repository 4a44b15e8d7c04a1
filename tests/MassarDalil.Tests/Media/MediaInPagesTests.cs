using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Media;

/// <summary>What visitors get: the variants at their fingerprinted addresses, and library images in pages.</summary>
public class MediaInPagesTests
{
    [Fact]
    public async Task AVariantIsServedAsWebPCachedForAYearAndUnknownOnesAreNotFound()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(1000, 500));
        var visitor = app.CreateVisitor();

        using var variant = await visitor.GetAsync($"/media/{hash}-960.webp");

        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        Assert.Equal("image/webp", variant.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", variant.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", variant.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await variant.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using (var again = await visitor.GetAsync($"/media/{hash}-960.webp"))
        {
            Assert.Equal(bytes, await again.Content.ReadAsByteArrayAsync());
        }
        using (var head = await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/media/{hash}-960.webp")))
        {
            Assert.Equal((HttpStatusCode.OK, "image/webp"), (head.StatusCode, head.Content.Headers.ContentType!.MediaType));
        }
        using (var conditional = new HttpRequestMessage(HttpMethod.Get, $"/media/{hash}-960.webp"))
        {
            conditional.Headers.IfNoneMatch.Add(variant.Headers.ETag!);
            using var notModified = await visitor.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
        // A width with a leading zero is no other name for the same variant: one address for each file.
        foreach (var unknown in new[] { $"/media/{hash}-961.webp", "/media/0123456789abcdef-960.webp", $"/media/{hash}-960.png", $"/media/{hash.ToUpperInvariant()}-960.webp",
            $"/media/{hash}-0960.webp", $"/media/{hash}-00960.webp", $"/media/{hash}-0.webp" })
        {
            using var missing = await visitor.GetAsync(unknown);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    [Theory]
    [InlineData("en", "The Massar sign-in page")]
    [InlineData("ar", "صفحة الدخول إلى مسار")]
    public async Task AGuideShowsALibraryImageResponsiveWithTheAltTextOfItsLanguage(string site, string alt)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(2000, 1000));
        var guide = await editor.CreateAndPublishGuideAsync(site, "sign-in-steps");

        await editor.SaveGuideAsync(guide, new() { ["Input.Body"] = $"Open the portal.\n\n![](media:{hash})\n", ["command"] = "publish" });

        var page = await app.CreateVisitor().GetDocumentAsync($"/{site}/sign-in-steps");
        var image = page.QuerySelector($"main img[src^='/media/{hash}']")!;
        Assert.Equal($"/media/{hash}-960.webp", image.GetAttribute("src"));
        Assert.Equal($"/media/{hash}-480.webp 480w, /media/{hash}-960.webp 960w, /media/{hash}-1600.webp 1600w", image.GetAttribute("srcset"));
        Assert.Equal("(min-width: 46rem) 44rem, 100vw", image.GetAttribute("sizes"));
        Assert.Equal(("1600", "800"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal(("lazy", "async"), (image.GetAttribute("loading"), image.GetAttribute("decoding")));
        Assert.Equal(alt, image.GetAttribute("alt"));
        // The API gives the same HTML, with the same site-relative image addresses.
        var api = await app.CreateVisitor().GetStringAsync($"/api/v1/{site}/pages/sign-in-steps");
        Assert.Contains($"/media/{hash}-480.webp 480w", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsInTheBracketsReplaceTheLibraryAltTextForThatUse()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(600, 400));
        var guide = await editor.CreateAndPublishGuideAsync("en", "steps");

        await editor.SaveGuideAsync(guide, new() { ["Input.Body"] = $"![The **Login** button](media:{hash})", ["command"] = "publish" });

        var page = await app.CreateVisitor().GetDocumentAsync("/en/steps");
        Assert.Equal("The Login button", page.QuerySelector("main img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task AReferenceToAnImageNotInTheLibraryIsRefusedOnSave()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "steps");
        var form = await editor.GetDocumentAsync($"/manager/page/{guide}");

        using var response = await editor.SubmitAsync(form, "#page-form", new Dictionary<string, string>
        {
            ["Input.Body"] = "See:\n\n![](media:0123456789abcdef)", ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var shown = await response.ShownAsync();
        Assert.Equal("The image media:0123456789abcdef is not in the media library.", shown.QuerySelector(".field.invalid .field-error")!.TextContent);
        Assert.Equal("Open the **portal**.", (await app.StoredPageAsync(guide)).Draft.Body);
    }

    [Fact]
    public async Task ChangingAnAltTextChangesItOnThePublishedPage()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(600, 400));
        var guide = await editor.CreateAndPublishGuideAsync("en", "steps");
        await editor.SaveGuideAsync(guide, new() { ["Input.Body"] = $"![](media:{hash})", ["command"] = "publish" });
        var library = await editor.GetDocumentAsync("/manager/media");

        using var saved = await editor.SubmitAsync(library, $"#alt-form-{hash}", new Dictionary<string, string> { ["Input.Alt[en]"] = "The grades page" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await app.CreateVisitor().GetDocumentAsync("/en/steps");
        Assert.Equal("The grades page", page.QuerySelector("main img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task UnusedImagesAreListedAndDeletedAndAUsedOneCannotBe()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var used = await editor.UploadedAsync(TestImages.Png(600, 400));
        var unused = await editor.UploadedAsync(TestImages.Png(500, 400), "other.png");
        var guide = await editor.CreateAndPublishGuideAsync("en", "steps", title: "Sign-in steps");
        await editor.SaveGuideAsync(guide, new() { ["Input.Body"] = $"![](media:{used})", ["command"] = "save" });

        var library = await editor.GetDocumentAsync("/manager/media");
        Assert.Equal("Sign-in steps", library.QuerySelector($"#media-{used} a[href='/manager/page/{guide}']")!.TextContent);
        Assert.Null(library.QuerySelector($"#delete-form-{used}"));
        var unusedList = await editor.GetDocumentAsync("/manager/media?show=unused");
        Assert.Equal([$"media-{unused}"], unusedList.QuerySelectorAll(".media-card").Select(c => c.Id));

        using var deleted = await editor.SubmitAsync(unusedList, $"#delete-form-{unused}", null);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var gone = await app.CreateVisitor().GetAsync($"/media/{unused}-500.webp");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        var token = library.QuerySelector($"#alt-form-{used} input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var inUse = await editor.PostAsync($"/manager/media?handler=Delete&hash={used}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inUse.StatusCode);
        Assert.Contains("This image is used by a page; remove it from the page first.", (await inUse.ShownAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([used], await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.MediaItems.Select(m => m.Hash))));
    }

    [Fact]
    public async Task TheEditorsPickerListsTheLibraryWithTheMarkdownToInsert()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(600, 400));
        var guide = await editor.CreateAndPublishGuideAsync("en", "steps");

        var form = await editor.GetDocumentAsync($"/manager/page/{guide}");

        var choice = form.QuerySelector("#media-picker button[data-insert]")!;
        Assert.Equal($"![](media:{hash})", choice.GetAttribute("data-insert"));
        Assert.Equal("The Massar sign-in page", choice.TextContent.Trim());
        Assert.Equal("/manager/media", form.QuerySelector(".media-picker-link a[target='_blank']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AQuestionEditedOnItsOwnPageHasThePickerToo()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(600, 400));

        var question = await editor.GetDocumentAsync($"/manager/faq/{await app.PageIdAsync("en")}/question/forgot-password");

        Assert.Equal($"![](media:{hash})", question.QuerySelector("#media-picker button[data-insert]")!.GetAttribute("data-insert"));
    }

    [Fact]
    public async Task TheLivePreviewShowsALibraryImageWithTheAltTextOfTheLanguageBeingWritten()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var hash = await editor.UploadedAsync(TestImages.Png(600, 400));
        var faq = await editor.GetDocumentAsync($"/manager/faq/{await app.PageIdAsync("ar")}");
        var token = faq.QuerySelector("#faq-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var preview = await editor.PostAsync("/manager/markdown-preview", new FormUrlEncodedContent(
            [new("markdown", $"افتح الصفحة:\n\n![](media:{hash})"), new("lang", "ar"), new("__RequestVerificationToken", token)]));

        var shown = await Html.ParseAsync(await preview.Content.ReadAsStringAsync());
        var image = shown.QuerySelector($"img[src='/media/{hash}-600.webp']")!;
        Assert.Equal("صفحة الدخول إلى مسار", image.GetAttribute("alt"));
        Assert.NotNull(faq.QuerySelector("#media-picker button[data-insert]"));
    }
}
