using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Search;

/// <summary>
/// Applies the site's own Arabic folding (<see cref="ArabicText.Normalize"/>) to every token, so search
/// and slugs agree on harakat, tatweel, alef forms, taa marbuta, alef maqsura and Arabic-Indic digits.
/// The Arabic decimal separator becomes a point, so "١٤٫٥" finds "14.5". Arabic written in Latin letters with
/// digits is read without them (<see cref="Arabizi"/>: n9ta = nqta).
/// </summary>
internal sealed class ArabicTextFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ArabicTextFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var original = _term.ToString();
        var folded = ArabicText.Normalize(original).Replace('٫', '.');
        folded = Arabizi.Fold(folded) ?? folded;
        if (!string.Equals(folded, original, StringComparison.Ordinal))
        {
            _term.SetEmpty().Append(folded);
        }
        return true;
    }
}
