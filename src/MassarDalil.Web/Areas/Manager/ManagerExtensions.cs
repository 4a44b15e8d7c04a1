using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using MassarDalil.Content.Data;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>The manager at /manager: sign-in on the content database, roles, and the editing pages.</summary>
public static class ManagerExtensions
{
    public const string LoginRateLimit = "manager-login";
    public const string CookieName = "massar-manager";
    public const string PathPrefix = "/manager";

    public static WebApplicationBuilder AddManager(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section)
            .Validate(o => new EmailAddressAttribute().IsValid(o.Email), "Admin:Email must be an e-mail address, such as admin@example.org").ValidateOnStart();
        services.AddOptions<ManagerSessionOptions>().BindConfiguration(ManagerSessionOptions.Section)
            .Validate(ManagerSessionOptions.IsValid, "ManagerSession:IdleTimeout and ManagerSession:AbsoluteLifetime must be positive, such as 08:00:00").ValidateOnStart();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section)
            .Validate(SignInThrottleOptions.IsValid, "SignInThrottle: free failures must be at least 1, delays positive (LongestDelay at least FirstDelay), MaxEntries at least 100").ValidateOnStart();

        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length and a check against weak choices (PasswordRules), no composition rules.
                // PasswordRules counts the length in characters (code points); Identity would count UTF-16 units.
                options.Password.RequiredLength = 0;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Lockout stays on only to disable accounts (AccountState): failed sign-ins are throttled per
                // address instead (SignInThrottle), since counting them per account lets anyone lock anyone out.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<ContentDbContext>()
            .AddPasswordValidator<PasswordRules>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            // Only the manager needs it: visitors' pages never carry the editor's session.
            options.Cookie.Path = PathPrefix;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = PathPrefix + "/login";
            options.LogoutPath = PathPrefix + "/logout";
            options.AccessDeniedPath = PathPrefix + "/denied";
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<ManagerSessionOptions>>((cookie, session) => SessionLifetime.Apply(cookie, session.Value));
        // Like the sign-in cookie: marked Secure whenever the request came over HTTPS (directly or through the proxy).
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // A disabled user, a reset password, a role change or a sign-out ends existing sessions on their next request.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.ManagerPolicy, policy => policy.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireRole(Roles.Admin));
        services.Configure<RazorPagesOptions>(options =>
        {
            var conventions = options.Conventions;
            conventions.AuthorizeAreaFolder("Manager", "/", Roles.ManagerPolicy);
            conventions.AuthorizeAreaFolder("Manager", "/Users", Roles.AdminPolicy);
            conventions.AuthorizeAreaFolder("Manager", "/Webhooks", Roles.AdminPolicy);
            conventions.AuthorizeAreaPage("Manager", "/Audit", Roles.AdminPolicy);
            conventions.AllowAnonymousToAreaPage("Manager", "/Login");
            conventions.AddAreaPageApplicationModelConvention("Manager", "/Login",
                model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(LoginRateLimit)));
            conventions.AllowAnonymousToAreaPage("Manager", "/Language");
            conventions.AllowAnonymousToAreaPage("Manager", "/Denied");
            conventions.AddAreaFolderApplicationModelConvention("Manager", "/", model => model.Filters.Add(new PasswordChangeGate()));
            conventions.AddAreaFolderApplicationModelConvention("Manager", "/", model => model.Filters.Add(new PostedForms()));
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("post " + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("read"));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var text = ManagerText.For(context.HttpContext);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(text["Too many sign-in attempts. Wait a minute and try again."], cancellationToken);
            };
        });
        // The manager's words: .resx files under Resources/ (ManagerResources), in the culture UseManagerLanguage chose.
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton(_ => ManagerLanguages.Shipped());
        services.AddHttpContextAccessor();
        services.AddScoped<ManagerText>();
        services.AddScoped<UserAdmin>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DecoyPassword>();
        return builder;
    }

    /// <summary>
    /// The language of the manager's own words, dates and numbers (<see cref="ManagerLanguages"/>), for the manager
    /// only: the public site takes its language from the address.
    /// </summary>
    public static WebApplication UseManagerLanguage(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ManagerLanguages>().Options();
        app.UseWhen(context => context.Request.Path.StartsWithSegments(PathPrefix), branch => branch.UseRequestLocalization(options));
        return app;
    }

    /// <summary>
    /// The manager's middleware: its database fault page, sign-in, authorization and no-store headers. Its pages are
    /// Razor pages in Areas/Manager, mapped by <see cref="MapManager"/>.
    /// </summary>
    public static WebApplication UseManager(this WebApplication app)
    {
        // The rate limiter (login and votes share it) is added once, in Program.cs, before this.
        // Before sign-in, which reads the database too: a lost database gets the manager's own 503 page.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(PathPrefix), branch => branch.UseMiddleware<DatabaseFaultPage>());
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(PathPrefix))
            {
                // Drafts and accounts: never stored by a cache, never indexed, and errors stay plain
                // rather than becoming the public "page not found".
                context.Response.Headers.CacheControl = "no-cache, no-store";
                context.Response.Headers.Pragma = "no-cache";
                context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
                {
                    statusPages.Enabled = false;
                }
            }
            await next(context);
        });
        return app;
    }

    /// <summary>The manager's pages: Razor pages in Areas/Manager/Pages, authorised folder by folder in <see cref="AddManager"/>.</summary>
    public static WebApplication MapManager(this WebApplication app)
    {
        // Razor Pages maps every page from one endpoint source, made by its first call (MapPublicSite's): this call
        // returns that same source, so it maps nothing twice, and the manager stays mapped if the public pages move.
        app.MapRazorPages();
        return app;
    }
}
