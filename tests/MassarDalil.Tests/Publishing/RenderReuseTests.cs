using MassarDalil.Content.Published;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Publishing;

/// <summary>
/// Every publish rebuilds the whole snapshot, on every server: what did not change is taken from the snapshot before,
/// not rendered again, and what changed is. A text showing a library image is always rendered again, as the library
/// changes without it (MediaInPagesTests.ChangingAnAltTextChangesItOnThePublishedPage).
/// </summary>
public class RenderReuseTests
{
    [Fact]
    public async Task APublishRendersOnlyTheAnswersThatChanged()
    {
        using var app = new MassarApp();
        var content = app.Services.GetRequiredService<PublishedContent>();
        var before = await content.GetAsync();
        var englishBefore = before.Find("en")!.Faq!;

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Now with **new** words."));

        var after = content.Current!;
        Assert.NotEqual(before.Version, after.Version);
        var englishAfter = after.Find("en")!.Faq!;
        var changed = englishAfter.Questions.First();
        Assert.Equal("<p>Now with <strong>new</strong> words.</p>\n", changed.AnswerHtml);
        Assert.Equal("Now with new words.", changed.AnswerText);
        // The same strings, not equal ones: the other answers were not rendered again, in this site or the others.
        Assert.All(englishAfter.Questions.Skip(1).Zip(englishBefore.Questions.Skip(1)), pair =>
        {
            Assert.Equal(pair.Second.Key, pair.First.Key);
            Assert.Same(pair.Second.AnswerHtml, pair.First.AnswerHtml);
            Assert.Same(pair.Second.AnswerText, pair.First.AnswerText);
        });
        var arabicBefore = before.Find("ar")!.Faq!.Questions.ToList();
        var arabicAfter = after.Find("ar")!.Faq!.Questions.ToList();
        Assert.Equal(arabicBefore.Count, arabicAfter.Count);
        Assert.All(arabicAfter.Zip(arabicBefore), pair => Assert.Same(pair.Second.AnswerHtml, pair.First.AnswerHtml));
        Assert.Contains("Now with <strong>new</strong> words.", await app.CreateVisitor().GetStringAsync("/en/faq"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameTextReadingTheOtherWayIsRenderedForItsOwnDirection()
    {
        using var app = new MassarApp();
        const string Answer = "Open moutamadris.men.gov.ma and sign in.";

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer(Answer));
        await app.PublishAsync("ar", "faq", c => c.WithFirstAnswer(Answer));

        var snapshot = app.Services.GetRequiredService<PublishedContent>().Current!;
        Assert.DoesNotContain("<bdi>", snapshot.Find("en")!.Faq!.Questions.First().AnswerHtml, StringComparison.Ordinal);
        Assert.Contains("<bdi>", snapshot.Find("ar")!.Faq!.Questions.First().AnswerHtml, StringComparison.Ordinal);
    }
}
