using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.PublicSite.Faq;

public sealed class FaqModel(PublishedContent content) : PublicPageModel(content)
{
    public PublishedPage Faq { get; private set; } = null!;

    /// <summary>Too long for one page: show the topic index (see <see cref="FaqPaging"/>).</summary>
    public bool ByTopic { get; private set; }

    public async Task<IActionResult> OnGetAsync(string lang)
    {
        if (!await LoadSiteAsync(lang) || Site.Faq is not { } faq)
        {
            return NotFound();
        }
        Faq = faq;
        PageTitle = $"{faq.Title} | {SiteTitle}";
        MetaDescription = Describe(faq.Description.Length > 0 ? faq.Description : Tagline);
        CanonicalPath = PublicUrls.Faq(lang);
        Alternates = AlternatesFor(s => s.Faq is null ? null : PublicUrls.Faq(s.Site.Key));
        ByTopic = FaqPaging.ByTopic(faq);
        // No FAQPage markup here: each question carries it on its own page (StructuredData says why).
        return Page();
    }
}
