using MassarDalil.Content.Search;

namespace MassarDalil.Tests.Search;

/// <summary>The rule deciding whether a search that found nothing may be kept: one test per rule.</summary>
public class SearchPrivacyTests
{
    [Theory]
    [InlineData("someone@example.com")]
    [InlineData("mohamed.alaoui@taalim.ma")]
    [InlineData("@massar_user")]
    [InlineData("نسيت user＠gmail")]
    public void AnAtSignIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.EmailSign, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("M1308")]
    [InlineData("code G1234 oublié")]
    [InlineData("MyPass!23word")]
    [InlineData("Password1")]
    [InlineData("AB1234")] // an ID card number
    [InlineData("ج١٢٣٤")] // Arabic letter, Arabic-Indic digits
    [InlineData("رمزي ز12")]
    [InlineData("ab۱۲")] // Extended Arabic-Indic (Persian) digits
    [InlineData("x１２")] // full-width digits
    [InlineData("2bac")]
    public void AWordMixingLettersAndDigitsIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.LettersWithDigits, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("G123456789")] // a Massar code
    [InlineData("0612345678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("+212 612345678")]
    [InlineData("12/05/2008")]
    [InlineData("رقم ٠٦١٢٣٤٥٦٧٨")]
    [InlineData("٠٦ ١٢ ٣٤ ٥٦")]
    [InlineData("123456")]
    [InlineData("12345")]
    [InlineData("06, 12, 34, 56, 78")] // commas, spaced dots, Arabic commas: any mix between groups
    [InlineData("06 . 12 . 34 . 56 . 78")]
    [InlineData("06 ,12; 34")]
    [InlineData("٠٦، ١٢، ٣٤، ٥٦، ٧٨")]
    [InlineData("۰۶ ۱۲ ۳۴ ۵۶ ۷۸")] // Extended Arabic-Indic digits
    [InlineData("٠٦٫١٢٫٣٤")]
    [InlineData("(06) 12-34")]
    [InlineData("+212 (0)6 12")]
    [InlineData("06 – 12 — 34")] // en and em dashes
    [InlineData("06_12_34")]
    [InlineData("j 130 012 345")] // a Massar code typed apart
    [InlineData("J-130-012-345")]
    [InlineData("j130012345 taalim.ma")] // its e-mail without the @
    [InlineData("06 et 12 et 34 et 56 et 78")] // a phone number with words between its groups: ten digits in all
    [InlineData("٠٦ و ١٢ و ٣٤ و ٥٦ و ٧٨")]
    [InlineData("1 2 3 4 5 6 7 8 9")]
    public void MoreThanFourDigitsInARowAreNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.LongNumber, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("pass#word")]
    [InlineData("user_name")]
    [InlineData("mot$de$passe")]
    [InlineData("كلمة*السر")]
    [InlineData("#secret")]
    [InlineData("a+b=c")]
    [InlineData("+212")]
    [InlineData("mdp=azerty")]
    [InlineData("pwd = letmein")] // "=" alone is a symbol too
    public void ASymbolInsideAWordIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.SymbolInWord, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("motdepasse: Soleil!!")]
    [InlineData("mot de passe : soleil")]
    [InlineData("MDP :azerty")]
    [InlineData("password: hunter")]
    [InlineData("PWD : letmein")]
    [InlineData("code: massar")]
    [InlineData("identifiant: ahmed")]
    [InlineData("mdp 1234")] // a PIN after the word, with no colon
    [InlineData("code ٤٣٢١")]
    [InlineData("my password is Azerty!!")]
    [InlineData("mot de passe est Soleil!")]
    [InlineData("l'mdp dyali howa soleil!!")]
    [InlineData("كلمة السر: شمس")]
    [InlineData("كلمة المرور: وردة")]
    [InlineData("القن السري ديالي هو 1234")]
    [InlineData("المودباس: وردة")]
    [InlineData("kalimat sir: nour")]
    [InlineData("mp: Soleil")] // French shorthand for mot de passe
    public void APasswordWordFollowedByAValueIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.SecretAfterKeyword, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("Azerty!!")]
    [InlineData("azerty!")]
    [InlineData("Soleil.")]
    [InlineData("!soleil")]
    [InlineData("?azerty")]
    [InlineData("شمس!!")]
    [InlineData("1234!!")]
    [InlineData("soleil;")]
    public void ALoneWordWithASymbolAtEitherEndIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.LoneWordWithSymbols, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("merci Azerty!!")]
    [InlineData("oublié Azerty!")]
    [InlineData("Soleil!! Azerty!!")]
    [InlineData("oublié !soleil")]
    [InlineData("نسيت شمس!!")]
    [InlineData("merci «Azerty!!»")] // inside quotes too
    [InlineData("merci Azerty?!")]
    [InlineData("merci Azerty,,")] // one comma ends a clause; two do not
    public void AWordAmongOthersWithASymbolAtItsEdgeThatNoSentencePutsThereIsNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.SymbolAtWordEdge, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("alaoui.mohamed")]
    [InlineData("alaoui.mohamed soleil")]
    [InlineData("m.alaoui oublié")]
    [InlineData("compte fatima.zahra")]
    public void NamesJoinedByDotsAreNeverKept(string query) =>
        Assert.Equal(UnrecordableQuery.DottedName, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("امتحانات الباكالوريا")]
    [InlineData("كَلِمَةُ المرور؟")]
    [InlineData("bac libre 2025")]
    [InlineData("نتائج ٢٠٢٥")]
    [InlineData("Where's my e-mail?")]
    [InlineData("aujourd'hui « inscription »")]
    [InlineData("moutamadris.men.gov.ma")]
    [InlineData("2 bac")]
    [InlineData("Massar NFC")]
    [InlineData("mot de passe oublié")]
    [InlineData("mot de passe oublié, que faire ?")]
    [InlineData("mot de passe incorrect !")]
    [InlineData("mdp oublié")]
    [InlineData("nsit lmdp")]
    [InlineData("password reset")]
    [InlineData("password is wrong")]
    [InlineData("كلمة السر")]
    [InlineData("كلمة السر؟")]
    [InlineData("نسيت كلمة المرور")]
    [InlineData("kalimat sir nsitha")]
    [InlineData("code massar 2025")]
    [InlineData("كود مسار ٢٠٢٥")]
    [InlineData("pass jeunes")]
    [InlineData("note 12/20")]
    [InlineData("moyenne 12,5")]
    [InlineData("moyenne 10")]
    [InlineData("bac 2024")]
    [InlineData("12/20")]
    [InlineData("inscription ?")]
    [InlineData("«bac»")]
    [InlineData("e-mail")]
    [InlineData("c'est quoi massar??")] // what sentences put at a word's end
    [InlineData("comment activer mon compte.")]
    [InlineData("bon... et la moyenne")]
    [InlineData("orientation; bac")]
    [InlineData("massar: connexion")]
    [InlineData("(bac) libre")]
    [InlineData("bac 2025, note 12/20")] // eight digits
    [InlineData("massar.ma")]
    [InlineData("mp oublié")]
    public void OrdinaryQuestionsAreKept(string query) =>
        Assert.Equal(UnrecordableQuery.None, SearchPrivacy.Check(query));

    [Theory]
    [InlineData("mot de passe soleil")]
    [InlineData("soleil mot de passe")] // the value first
    [InlineData("my password sunshine")]
    [InlineData("l'mdp dyali soleil")]
    [InlineData("كلمة السر وردة")]
    [InlineData("الكود ديالي نور")]
    [InlineData("kalimat sir nour")]
    [InlineData("identifiant ahmed")]
    [InlineData("code massar lycée")] // a question too, when the site has no answer to it: not kept either
    public void APasswordWordBesideOtherWordsIsNotKeptWhenTheSiteHadNoAnswer(string query)
    {
        Assert.Equal(UnrecordableQuery.None, SearchPrivacy.Check(query));
        Assert.Equal(UnrecordableQuery.SecretBesideWords, SearchPrivacy.CheckUnanswered(query));
    }

    [Theory]
    [InlineData("mot de passe")]
    [InlineData("mot de passe ?")]
    [InlineData("password is")] // only a link word beside it
    [InlineData("كلمة السر؟")]
    [InlineData("امتحانات الباكالوريا")]
    [InlineData("orientation après le bac")]
    [InlineData("passeport")] // not the word "passe"
    public void WithoutAPasswordWordBesideOtherWordsAnUnansweredQueryIsKept(string query) =>
        Assert.Equal(UnrecordableQuery.None, SearchPrivacy.CheckUnanswered(query));

    [Theory]
    [InlineData("merci Azerty!!", UnrecordableQuery.SymbolAtWordEdge)]
    [InlineData("mdp 1234", UnrecordableQuery.SecretAfterKeyword)]
    [InlineData("mot de passe Soleil2", UnrecordableQuery.LettersWithDigits)]
    public void AnUnansweredQueryIsHeldToEveryRuleOfAnyQuery(string query, UnrecordableQuery reason) =>
        Assert.Equal(reason, SearchPrivacy.CheckUnanswered(query));
}
