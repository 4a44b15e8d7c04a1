namespace MassarDalil.Web;

/// <summary>
/// Names the resources Resources/ChartWords*.resx: the dashboard charts' titles, descriptions and legends, and the
/// name of each site's language (<c>Language.{site key}</c>). Kept out of Resources/ so the resources keep the name
/// <c>AddLocalization(o => o.ResourcesPath = "Resources")</c> looks for.
/// </summary>
public sealed class ChartWords;
