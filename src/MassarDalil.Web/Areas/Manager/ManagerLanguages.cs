using System.Globalization;
using System.Resources;
using MassarDalil.Web.Http;
using Microsoft.AspNetCore.Localization;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// The languages of the manager's own words: English (the neutral resources) and every culture with a
/// ManagerResources.{culture}.resx, so a translator adds a language with a file and no code. Arabic comes first: it is
/// the default. Each is chosen per request by <c>UseRequestLocalization</c>: the editor's <c>manager-lang</c> cookie,
/// then Accept-Language (by <see cref="LanguagePreference"/>, which honours <c>q=0</c>), else Arabic.
/// </summary>
public sealed class ManagerLanguages
{
    public const string CookieName = "manager-lang";
    public const string Default = "ar";

    public ManagerLanguages(IEnumerable<string> languages) =>
        Keys = [.. languages.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(k => k == Default ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal)];

    /// <summary>Two-letter keys such as <c>ar</c>, the default first.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>One of <see cref="Keys"/>, whatever its case, or null.</summary>
    public string? Find(string? key) => Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Dates and numbers as written in Morocco where the platform knows the country (always with Latin digits:
    /// .NET formats with ASCII digits), else the language's own.
    /// </summary>
    public static CultureInfo Formatting(string language) => language switch
    {
        "ar" => CultureInfo.GetCultureInfo("ar-MA"),
        "fr" => CultureInfo.GetCultureInfo("fr-MA"),
        "en" => CultureInfo.GetCultureInfo("en-GB"),
        _ => CultureInfo.GetCultureInfo(language),
    };

    public RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Formatting(Default), CultureInfo.GetCultureInfo(Default)),
            SupportedCultures = [.. Keys.Select(Formatting)],
            SupportedUICultures = [.. Keys.Select(CultureInfo.GetCultureInfo)],
            FallBackToParentCultures = false,
            FallBackToParentUICultures = false,
        };
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(context => Task.FromResult(
                context.Request.Cookies.TryGetValue(CookieName, out var chosen) && Find(chosen) is { } key
                    ? Result(key) : null)),
            new CustomRequestCultureProvider(context => Task.FromResult<ProviderCultureResult?>(
                Result(LanguagePreference.Choose(context.Request.Headers.AcceptLanguage.ToString(), Keys)))),
        ];
        return options;
    }

    private static ProviderCultureResult Result(string key) => new(Formatting(key).Name, key);

    /// <summary>The languages shipped with the site.</summary>
    public static ManagerLanguages Shipped() => new(Discover());

    /// <summary>English plus each culture folder beside the web assembly whose resources hold the manager's words.</summary>
    private static IEnumerable<string> Discover()
    {
        var assembly = typeof(ManagerResources).Assembly;
        var resources = new ResourceManager("MassarDalil.Web.Resources.Areas.Manager.ManagerResources", assembly);
        var folder = Path.GetDirectoryName(assembly.Location) is { Length: > 0 } f ? f : AppContext.BaseDirectory;
        yield return "en";
        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(directory);
            if (name.Length == 2 && File.Exists(Path.Combine(directory, assembly.GetName().Name + ".resources.dll"))
                && resources.GetResourceSet(CultureInfo.GetCultureInfo(name), createIfNotExists: true, tryParents: false) is not null)
            {
                yield return name;
            }
        }
    }
}
