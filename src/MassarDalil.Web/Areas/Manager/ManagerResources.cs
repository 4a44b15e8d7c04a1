namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// Names the manager's words for <c>IStringLocalizer</c>: Resources/Areas/Manager/ManagerResources.resx (English,
/// the neutral culture, keyed by the English itself) and one ManagerResources.{culture}.resx per other language.
/// </summary>
public sealed class ManagerResources;
