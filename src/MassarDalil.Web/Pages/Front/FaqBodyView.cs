using MassarDalil.Content.Published;
using MassarDalil.Web.PublicSite;

namespace MassarDalil.Web.Pages.Front;

/// <summary>What the FAQ's markup needs: the page (published, or a draft in preview), its language and words.</summary>
public sealed record FaqBodyView(PublishedPage Faq, string Language, UiText Ui);
