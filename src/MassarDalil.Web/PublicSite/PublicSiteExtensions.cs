using System.Text.Encodings.Web;
using System.Text.Unicode;
using MassarDalil.Web.Api;
using MassarDalil.Web.Http;
using MassarDalil.Web.Security;

namespace MassarDalil.Web.PublicSite;

public static class PublicSiteExtensions
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section)
            .Validate(PublicSiteOptions.IsValid, "PublicSite:BaseUrl must be an absolute http(s) address with no path, such as https://dalil.example.ma")
            .ValidateOnStart();
        // Pages live in feature folders (PublicSite/, Search/, Tools/; the manager in Areas/Manager/Pages), each with
        // its page model, partials and endpoints, so Razor looks for pages from the project's root. Every public page
        // names its route in @page, so a page's folder never shows in its address.
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/";
            options.Conventions.ConfigureFilter(new PageMethodsFilter());
        });
        builder.Services.Configure<RouteOptions>(options => options.SetParameterPolicy<GuideSlugConstraint>(GuideSlugConstraint.Name));
        // Arabic text is written as characters, not as &#x...; entities: half the bytes, same safety.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHostedService<ContentChangeWatcher>();
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // No "Server: Kestrel" on every response: it tells a scanner what runs here and tells a visitor nothing.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>
    /// Outermost after the operations middleware: a failure anywhere further in, the output cache included,
    /// gets the error page, and every response, a cache hit included, gets the security headers.
    /// </summary>
    public static WebApplication UseSiteErrorsAndHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        return app;
    }

    /// <summary>Inside the output cache: only responses that are rendered need a status page.</summary>
    public static WebApplication UseStatusPages(this WebApplication app)
    {
        // Unknown pages get a helpful page in the visitor's language (PublicSite/NotFound.cshtml); StatusPages
        // keeps every other status as its endpoint wrote it.
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.Use(StatusPages.InvokeAsync);
        // Programs calling the API get problem details (RFC 9457) instead: written further in, so
        // the page above sees a response that already has its body and leaves it alone.
        app.UseWhen(ContentApiExtensions.IsApiRequest, branch => branch.UseStatusCodePages());
        return app;
    }

    /// <summary>Static files, the language chooser at <c>/</c>, the sitemap and robots.txt, and the public Razor pages.</summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.MapStaticAssets().RequireFiles(app);
        app.MapGet("/", LanguageChooser.RedirectAsync).AnswerHead().ExcludeFromDescription();
        app.MapSitemap();
        // The pages of PublicSite/, Search/ and Tools/ (routes in their @page lines); pages link their CSS and scripts
        // by fingerprinted address. This maps the manager's pages too: Razor Pages has one endpoint source (see MapManager).
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
