namespace MassarDalil.Web;

/// <summary>
/// Names the resources Resources/ChartWords*.resx: the dashboard charts' titles, descriptions and legends (the
/// languages' names are the manager's own, <see cref="Areas.Manager.ManagerText.SiteName"/>). Kept out of Resources/ so the resources keep the name
/// <c>AddLocalization(o => o.ResourcesPath = "Resources")</c> looks for.
/// </summary>
public sealed class ChartWords;
