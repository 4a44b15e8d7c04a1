using System.Globalization;
using MassarDalil.Content.Problems;
using MassarDalil.Web;
using MassarDalil.Web.Areas.Manager;
using MassarDalil.Web.Problems;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MassarDalil.Tests.Support;

/// <summary>The manager's words outside a request: in a language, as its request localisation would set it.</summary>
public static class ManagerWords
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    private static readonly IStringLocalizer<ManagerResources> Localizer = new StringLocalizer<ManagerResources>(Factory);

    private static readonly ProblemWords Problems = new(new StringLocalizer<ProblemMessages>(Factory));

    /// <summary>An engine's problem as the manager words it at a field, in a language.</summary>
    public static string Problem(string language, Problem problem) => Problems.Message(problem, CultureInfo.GetCultureInfo(language));

    /// <param name="request">The request the words are for (its time zone cookie, say); none by default.</param>
    public static T In<T>(string language, Func<ManagerText, T> say, Microsoft.AspNetCore.Http.HttpContext? request = null)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (ManagerLanguages.Formatting(language), CultureInfo.GetCultureInfo(language));
            return say(new ManagerText(Localizer, new ManagerLanguages(["ar", "en"]), new Microsoft.AspNetCore.Http.HttpContextAccessor { HttpContext = request }));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
