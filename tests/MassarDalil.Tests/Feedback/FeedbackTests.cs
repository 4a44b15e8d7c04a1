using System.Net;
using System.Text.Json;
using MassarDalil.Content.Feedback;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Feedback;

public class FeedbackTests
{
    /// <summary>A browser on this site: its posts carry the Origin header browsers add.</summary>
    private static HttpClient SameSiteVisitor(MassarApp app)
    {
        var client = app.CreateVisitor();
        client.DefaultRequestHeaders.Add("Origin", "http://localhost");
        return client;
    }

    private static Task<List<AnswerVote>> VotesAsync(MassarApp app) =>
        app.WithDbAsync(db => db.AnswerVotes.AsNoTracking().OrderBy(v => v.Id).ToListAsync());

    private static FormUrlEncodedContent Vote(string key, string helpful, string? reason = null, string from = "faq") =>
        new(new Dictionary<string, string> { ["key"] = key, ["helpful"] = helpful, ["reason"] = reason ?? "", ["from"] = from });

    [Fact]
    public async Task AVotePostedToTheSitesKeyInOtherLettersCountsWithThatSiteAndReturnsToItsRealAddress()
    {
        using var app = new MassarApp();
        var visitor = SameSiteVisitor(app);

        using var upper = await visitor.PostAsync("/AR/feedback", Vote("pass-mark", "yes"));
        using var mixed = await visitor.PostAsync("/En/feedback", Vote("pass-mark", "yes"));

        Assert.Equal("/ar/faq?thanks=pass-mark#feedback-pass-mark", upper.Headers.Location!.OriginalString);
        Assert.Equal("/en/faq?thanks=pass-mark#feedback-pass-mark", mixed.Headers.Location!.OriginalString);
        Assert.Equal(["ar", "en"], (await VotesAsync(app)).Select(v => v.Language));
        using var back = await visitor.GetAsync(upper.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Theory]
    [InlineData("ar", "هل كانت هذه الإجابة مفيدة؟")]
    [InlineData("en", "Was this answer helpful?")]
    public async Task EveryAnswerOnTheFaqHasAFeedbackFormWithoutAPerVisitorToken(string language, string legend)
    {
        using var app = new MassarApp();
        var page = await app.CreateVisitor().GetDocumentAsync($"/{language}/faq");

        var forms = page.QuerySelectorAll("details.question form.feedback");
        Assert.Equal(34, forms.Length);
        Assert.All(forms, f => Assert.Equal($"/{language}/feedback", f.GetAttribute("action")));
        Assert.Equal(legend, forms[0].QuerySelector("legend")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task AYesWithoutJavaScriptIsStoredAndRedirectsBackToTheQuestionWithThanks()
    {
        using var app = new MassarApp();
        var visitor = SameSiteVisitor(app);
        var faq = await visitor.GetDocumentAsync("/en/faq");

        using var response = await visitor.SubmitAsync(faq, "#feedback-forgot-password form", new Dictionary<string, string> { ["helpful"] = "yes" });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/en/faq?thanks=forgot-password#feedback-forgot-password", response.Headers.Location!.OriginalString);
        var vote = Assert.Single(await VotesAsync(app));
        Assert.Equal(("en", "forgot-password", true, (FeedbackReason?)null), (vote.Language, vote.QuestionKey, vote.Helpful, vote.Reason));
        var back = await visitor.GetDocumentAsync(response.Headers.Location.OriginalString);
        var question = back.QuerySelector("details#forgot-password")!;
        Assert.True(question.HasAttribute("open"));
        Assert.Equal("Thank you for your feedback.", question.QuerySelector(".feedback-thanks")!.TextContent);
        Assert.NotNull(back.QuerySelector("#feedback-pass-mark form.feedback"));
    }

    [Fact]
    public async Task ANoAsksWhyAndTheReasonReplacesTheSameBrowsersVote()
    {
        using var app = new MassarApp();
        var visitor = SameSiteVisitor(app);
        var faq = await visitor.GetDocumentAsync("/ar/faq");

        using var no = await visitor.SubmitAsync(faq, "#feedback-pass-mark form", new Dictionary<string, string> { ["helpful"] = "no" });
        Assert.Equal("/ar/faq?why=pass-mark#feedback-pass-mark", no.Headers.Location!.OriginalString);
        var why = await visitor.GetDocumentAsync(no.Headers.Location.OriginalString);
        Assert.Equal(3, why.QuerySelectorAll("#feedback-pass-mark input[type=radio][name=reason]").Length);
        Assert.Equal("المعلومات قديمة", why.QuerySelector("label[for=reason-pass-mark-outdated]")!.TextContent);

        using var reason = await visitor.SubmitAsync(why, "#feedback-pass-mark form", new Dictionary<string, string> { ["reason"] = "outdated" });

        Assert.Equal("/ar/faq?thanks=pass-mark#feedback-pass-mark", reason.Headers.Location!.OriginalString);
        var vote = Assert.Single(await VotesAsync(app));
        Assert.Equal((false, FeedbackReason.Outdated), (vote.Helpful, vote.Reason));
    }

    [Fact]
    public async Task ASecondVoteFromTheSameBrowserReplacesTheFirstAndOtherBrowsersCountApart()
    {
        using var app = new MassarApp();
        var first = SameSiteVisitor(app);
        var second = SameSiteVisitor(app);

        await first.PostAsync("/en/feedback", Vote("pass-mark", "yes"));
        await first.PostAsync("/en/feedback", Vote("pass-mark", "no", "unclear"));
        await first.PostAsync("/en/feedback", Vote("free-to-use", "yes"));
        await second.PostAsync("/en/feedback", Vote("pass-mark", "yes"));

        var votes = await VotesAsync(app);
        Assert.Equal(3, votes.Count);
        Assert.Equal([(false, FeedbackReason.Unclear), (true, null), (true, null)], votes.Select(v => (v.Helpful, v.Reason)));
        Assert.Equal(3, votes.Select(v => v.Ballot).Distinct().Count());
    }

    [Fact]
    public async Task TheQuestionPageHasTheFormAndComesBackToItself()
    {
        using var app = new MassarApp();
        var visitor = SameSiteVisitor(app);
        var page = await visitor.GetDocumentAsync("/en/faq/pass-mark");

        using var response = await visitor.SubmitAsync(page, "#feedback-pass-mark form", new Dictionary<string, string> { ["helpful"] = "yes" });

        Assert.Equal("/en/faq/pass-mark?thanks=pass-mark#feedback-pass-mark", response.Headers.Location!.OriginalString);
        var back = await visitor.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.NotNull(back.QuerySelector("#feedback-pass-mark .feedback-thanks"));
    }

    [Fact]
    public async Task WithJavaScriptTheVoteAnswersWithTheNextStep()
    {
        using var app = new MassarApp();
        var visitor = SameSiteVisitor(app);
        visitor.DefaultRequestHeaders.Add("Accept", "application/json");

        using var no = await visitor.PostAsync("/en/feedback", Vote("pass-mark", "no"));
        using var reason = await visitor.PostAsync("/en/feedback", Vote("pass-mark", "no", "not-answered"));

        Assert.Equal(HttpStatusCode.OK, no.StatusCode);
        Assert.Equal("why", JsonDocument.Parse(await no.Content.ReadAsStringAsync()).RootElement.GetProperty("step").GetString());
        Assert.Equal("thanks", JsonDocument.Parse(await reason.Content.ReadAsStringAsync()).RootElement.GetProperty("step").GetString());
        Assert.Equal(FeedbackReason.NotAnswered, Assert.Single(await VotesAsync(app)).Reason);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Referer", "https://evil.example/page")]
    [InlineData(null, null)]
    public async Task VotesFromOtherSitesOrOfUnknownOriginAreRefused(string? header, string? value)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/en/feedback") { Content = Vote("pass-mark", "yes") };
        if (header is not null)
        {
            request.Headers.Add(header, value);
        }

        using var response = await visitor.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await VotesAsync(app));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Referer", "http://localhost/en/faq")]
    public async Task SameOriginIsAcceptedByFetchMetadataOrReferer(string header, string value)
    {
        using var app = new MassarApp();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/en/feedback") { Content = Vote("pass-mark", "yes") };
        request.Headers.Add(header, value);

        using var response = await app.CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    [Theory]
    [InlineData("no-such-question", "yes")]
    [InlineData("pass-mark", "maybe")]
    public async Task UnknownQuestionsAndAnswersAreRefused(string key, string helpful)
    {
        using var app = new MassarApp();
        using var response = await SameSiteVisitor(app).PostAsync("/en/feedback", Vote(key, helpful));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await VotesAsync(app));
    }

    [Fact]
    public async Task TooManyVotesFromOneAddressAreSlowedDownWithAMessage()
    {
        using var app = new MassarApp(new() { ["Feedback:VotesPerMinute"] = "2" });
        var visitor = SameSiteVisitor(app);

        (await visitor.PostAsync("/en/feedback", Vote("pass-mark", "yes"))).Dispose();
        (await visitor.PostAsync("/en/feedback", Vote("free-to-use", "yes"))).Dispose();
        using var third = await visitor.PostAsync("/en/feedback", Vote("site-languages", "yes"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("try again in a minute", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await VotesAsync(app)).Count);
    }

    [Fact]
    public async Task TheVoteCookieIsHttpOnlyAndStrictlySameSite()
    {
        using var app = new MassarApp();
        using var response = await SameSiteVisitor(app).PostAsync("/en/feedback", Vote("pass-mark", "yes"));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("feedback=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var stored = Assert.Single(await VotesAsync(app));
        Assert.DoesNotContain(cookie["feedback=".Length..cookie.IndexOf(';', StringComparison.Ordinal)], stored.Ballot, StringComparison.Ordinal);
    }
}
