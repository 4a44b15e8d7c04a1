namespace MassarDalil.Web.Areas.Manager.Pages;

public sealed class DeniedModel : ManagerPageModel
{
    public void OnGet()
    {
        PageTitle = T["Not allowed"];
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
