using MassarDalil.Content.Webhooks;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages.Webhooks;

/// <summary>One webhook: enable or disable it, rotate its secret, send a test event, delete it, and read its delivery log.</summary>
public sealed class WebhookModel(WebhookService webhooks) : ManagerPageModel
{
    public const int LogPageSize = 20;

    public WebhookSummary Webhook { get; private set; } = null!;
    public DeliveryLogPage Log { get; private set; } = null!;

    /// <summary>Shown once, in the answer to the rotation.</summary>
    public string? NewSecret { get; private set; }

    public string? Problem { get; private set; }

    // From the query: the route value "page" is the Razor page's own name.
    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "page")] int logPage = 1) => await LoadAsync(id, logPage) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDisableAsync(int id) =>
        Done(id, await webhooks.DisableAsync(id, Actor, HttpContext.RequestAborted), "The webhook has been disabled. Deliveries still waiting for it were cancelled.");

    public async Task<IActionResult> OnPostEnableAsync(int id) =>
        Done(id, await webhooks.EnableAsync(id, Actor, HttpContext.RequestAborted), "The webhook has been enabled. It receives the next events.");

    public async Task<IActionResult> OnPostTestAsync(int id)
    {
        if (await webhooks.SendTestAsync(id, Actor, HttpContext.RequestAborted))
        {
            return RedirectWithFlash(Path(id), "A test event is on its way. It appears in the log below within a few seconds; reload to see it.");
        }
        Problem = "Enable the webhook before sending it a test event.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await LoadAsync(id, 1) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRotateAsync(int id)
    {
        NewSecret = await webhooks.RotateSecretAsync(id, Actor, HttpContext.RequestAborted);
        return NewSecret is not null && await LoadAsync(id, 1) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, string? confirm)
    {
        if (confirm != "yes")
        {
            Problem = "Tick the box to confirm that the webhook and its log are to be deleted.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await LoadAsync(id, 1) ? Page() : NotFound();
        }
        return await webhooks.DeleteAsync(id, Actor, HttpContext.RequestAborted)
            ? RedirectWithFlash("/manager/webhooks", "The webhook and its delivery log have been deleted.")
            : NotFound();
    }

    public string PageLink(int page) => $"{Path(Webhook.Id)}?page={page}#log";

    private static string Path(int id) => $"/manager/webhooks/{id}";

    private IActionResult Done(int id, bool found, string message) => found ? RedirectWithFlash(Path(id), message) : NotFound();

    private async Task<bool> LoadAsync(int id, int page)
    {
        if (await webhooks.FindAsync(id, HttpContext.RequestAborted) is not { } webhook)
        {
            return false;
        }
        Webhook = webhook;
        Log = await webhooks.DeliveriesAsync(id, page, LogPageSize, HttpContext.RequestAborted);
        PageTitle = T["Webhook"];
        return true;
    }
}
