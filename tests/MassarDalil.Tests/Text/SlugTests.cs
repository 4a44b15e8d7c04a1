using MassarDalil.Content.Text;

namespace MassarDalil.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("I forgot my username!", "i-forgot-my-username")]
    [InlineData("  Where are my grades?  ", "where-are-my-grades")]
    [InlineData("NFC / digital ID", "nfc-digital-id")]
    [InlineData("first_choice--guarantee", "first-choice-guarantee")]
    [InlineData("Orientation 2025", "orientation-2025")]
    [InlineData("Café élève", "cafe-eleve")]
    [InlineData("What's Waliye?", "whats-waliye")]
    [InlineData("moutamadris.men.gov.ma", "moutamadris-men-gov-ma")]
    public void ASlugIsMadeFromEnglishText(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void ArabicTextGivesNoSlug()
    {
        Assert.Equal("", Slug.From("نسيت كلمة المرور"));
    }

    [Fact]
    public void ALongTextIsCutToTheMaximumLengthWithoutATrailingHyphen()
    {
        // "account-" is 8 characters, so the cut at 80 falls just after a hyphen.
        var text = string.Join(' ', Enumerable.Repeat("account", 20));
        var slug = Slug.From(text);

        Assert.Equal(79, slug.Length);
        Assert.False(slug.EndsWith('-'));
        Assert.True(Slug.IsValid(slug));
        Assert.Equal(80, Slug.MaxLength);
    }

    [Theory]
    [InlineData("forgot-password")]
    [InlineData("a")]
    [InlineData("2fa")]
    [InlineData("nfc-2025-card")]
    public void ValidSlugs(string slug) => Assert.True(Slug.IsValid(slug));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Forgot-Password")]
    [InlineData("forgot password")]
    [InlineData("forgot_password")]
    [InlineData("-forgot")]
    [InlineData("forgot-")]
    [InlineData("forgot--password")]
    [InlineData("نسيت")]
    [InlineData("forgot\n")]
    [InlineData("café")]
    public void InvalidSlugs(string? slug) => Assert.False(Slug.IsValid(slug));

    [Fact]
    public void ASlugLongerThanTheMaximumIsInvalid()
    {
        Assert.True(Slug.IsValid(new string('a', Slug.MaxLength)));
        Assert.False(Slug.IsValid(new string('a', Slug.MaxLength + 1)));
    }
}
