using MassarDalil.Content.Text;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Text;

/// <summary>
/// French spacing: what the rule finds, and what a save on a French site sets (the narrow no-break space, U+202F,
/// written <c>~</c> in these rows) without touching what is written for the machine.
/// </summary>
public class FrenchSpacingTests
{
    private static string Thin(string text) => text.Replace('~', FrenchSpacing.NarrowNoBreakSpace);

    [Theory]
    [InlineData("Votre moyenne~: {0} / 20")]
    [InlineData("Résultats pour «~{0}~»")]
    [InlineData("Une question~? Voir [la FAQ~!](/fr/faq) Oui~; non.")]
    [InlineData("Le portail, [massarservice.men.gov.ma](https://massarservice.men.gov.ma), ouvre à 8:30.")]
    [InlineData("![Une carte](media:0123456789abcdef)")]
    public void TheRuleAcceptsWellSpacedTextAddressesAndTimes(string text) =>
        Assert.Empty(FrenchSpacing.Faults(Thin(text)));

    [Theory]
    [InlineData("Votre moyenne : {0}", " :")]
    [InlineData("Votre moyenne: {0}", "e:")]
    [InlineData("Votre moyenne\u00A0: {0}", "\u00A0:")]
    [InlineData("Que faire ?", " ?")]
    [InlineData("Attention !", " !")]
    [InlineData("oui ; non", " ;")]
    [InlineData("« mot de passe oublié »", "« ")]
    [InlineData("«mot»", "«m")]
    public void TheRuleFindsAPlainSpaceOrNoneBeforeThePunctuation(string text, string fault) =>
        Assert.Contains(fault, FrenchSpacing.Faults(text));

    [Theory]
    [InlineData("Votre moyenne : {0} / 20", "Votre moyenne~: {0} / 20")]
    [InlineData("Votre moyenne: {0} / 20", "Votre moyenne~: {0} / 20")]
    [InlineData("Votre moyenne\u00A0: {0}", "Votre moyenne~: {0}")]
    [InlineData("Votre moyenne   : {0}", "Votre moyenne~: {0}")]
    [InlineData("Que faire ?\nAttention! Oui ; non?", "Que faire~?\nAttention~! Oui~; non~?")]
    [InlineData("« mot de passe oublié »", "«~mot de passe oublié~»")]
    [InlineData("Résultats pour «{0}»", "Résultats pour «~{0}~»")]
    [InlineData("**Attention!** Voir *la note*:", "**Attention~!** Voir *la note*~:")]
    [InlineData("Voir [la FAQ](/fr/faq) !", "Voir [la FAQ](/fr/faq)~!")]
    [InlineData("(voir plus bas): oui", "(voir plus bas)~: oui")]
    public void ASaveSetsTheNarrowNoBreakSpaceWhereAPlainOneOrNoneWasTyped(string typed, string stored) =>
        Assert.Equal(Thin(stored), FrenchSpacing.Correct(typed));

    [Theory]
    [InlineData("Le portail [ouvre](https://massarservice.men.gov.ma/?) à 8:30.")]
    [InlineData("Voir https://massarservice.men.gov.ma/a?b=1! et <https://massar.men.gov.ma/x?>")]
    [InlineData("Tapez `note : 12` puis ``a ? b``.")]
    [InlineData("```\nclé : valeur ?\n```\n")]
    [InlineData("~~~yaml\nclé : valeur\n~~~")]
    [InlineData("| Matière | Note |\n| :--- | ---: |\n| Arabe | 12 |")]
    [InlineData("Voir [la note][1].\n\n[1]: https://massar.men.gov.ma")]
    [InlineData("![Une carte](media:0123456789abcdef) à 8:30, 2/3 et :-)")]
    [InlineData("Sans ponctuation à régler.")]
    [InlineData("Voir [l'article](https://fr.wikipedia.org/wiki/Massar_(plateforme)?) ou _https://massar.men.gov.ma/?_")]
    public void WhatIsWrittenForTheMachineIsLeftAsTyped(string text) =>
        Assert.Same(text, FrenchSpacing.Correct(text));

    [Fact]
    public void TextAlreadySpacedIsTheSameInstance()
    {
        var text = Thin("Votre moyenne~: {0} / 20, «~oui~»~!");

        Assert.Same(text, FrenchSpacing.Correct(text));
        Assert.Empty(FrenchSpacing.Faults(FrenchSpacing.Correct("Votre moyenne : {0} / 20, « oui » !")));
    }

    /// <summary>
    /// A save sets the spacing before it checks lengths, so on whatever a form can post. Long runs of what could start a
    /// code span, a link's address, an autolink, a URL or a guillemet's space are each read once, and the sentence after
    /// them is spaced. Were a run read again from every place it could start (a URL's scheme from every letter of
    /// "a.a.a.…", as it once was: 14 s for these 200,000 characters), the pass would run past the site's 2 s limit.
    /// The test gives the pass no limit and counts its thread's processor time against that same 2 s, since a wall
    /// clock beside two other test projects once measured a 115 ms pass at 4 s. Ten times the longest text a save
    /// accepts; a family that matches at every unit would measure the replacing, not the reading, so "«" is followed
    /// by a line's end, where it takes no space.
    /// </summary>
    [Theory]
    [InlineData("a.")]
    [InlineData("a+1-")]
    [InlineData("](")]
    [InlineData("[a](")]
    [InlineData("<a")]
    [InlineData("`a")]
    [InlineData("```\n")]
    [InlineData("«\n")]
    [InlineData("x :")]
    [InlineData("x  \n")]
    public void LongRunsOfWhatCouldStartMarkupAreReadOnceAndTheSentenceAfterThemIsSpaced(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length)) + "\n\nVraiment ?";
        var corrected = text;

        var spent = ThreadProcessorTime.Of(() => corrected = FrenchSpacing.Correct(text, FrenchSpacing.SpacingUnlimited()));

        Assert.EndsWith(Thin("\n\nVraiment~?"), corrected, StringComparison.Ordinal);
        Assert.True(spent < TimeSpan.FromSeconds(2), $"{text.Length} characters took {spent.TotalMilliseconds:0} ms of processor time");
    }
}
