using MassarDalil.Content.Problems;
using MassarDalil.Content.Webhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager.Pages.Webhooks;

/// <summary>Administrators list the addresses told of every publish and unpublish, and register new ones.</summary>
public sealed class IndexModel(WebhookService webhooks, IOptions<WebhookOptions> options) : ManagerPageModel
{
    public const string UrlField = "Url";

    public IReadOnlyList<WebhookSummary> Webhooks { get; private set; } = [];

    [BindProperty]
    public string Address { get; set; } = "";

    public ProblemList Problems { get; private set; } = null!;

    /// <summary>Whether receivers on this machine or a private network may be registered (Webhooks:AllowPrivateAddresses).</summary>
    public bool AllowPrivateAddresses => options.Value.AllowPrivateAddresses;

    /// <summary>Shown once, in the answer to the registration; never stored anywhere the page can read it again.</summary>
    public WebhookRegistration? Created { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var url = Address.Trim();
        var problem = webhooks.Problem(url) is { } refused ? ProblemWords.Message(refused, T.Culture) : null;
        if (problem is null && await webhooks.IsRegisteredAsync(url, HttpContext.RequestAborted))
        {
            problem = T["This address is already registered."];
        }
        if (problem is not null)
        {
            await LoadAsync([new FieldMessage(UrlField, problem)]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Created = await webhooks.RegisterAsync(url, Actor, HttpContext.RequestAborted);
        Address = "";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync(IReadOnlyList<FieldMessage>? problems = null)
    {
        PageTitle = T["Webhooks"];
        Problems = new ProblemList(T, problems ?? [], _ => T["Receiver address"]);
        Webhooks = await webhooks.ListAsync(HttpContext.RequestAborted);
    }
}
