using MassarDalil.Content;
using MassarDalil.Web.Api;
using MassarDalil.Web.Areas.Manager;
using MassarDalil.Web.Areas.Manager.Accounts;
using MassarDalil.Web.Areas.Manager.Insights;
using MassarDalil.Web.Caching;
using MassarDalil.Web.Feedback;
using MassarDalil.Web.Http;
using MassarDalil.Web.Media;
using MassarDalil.Web.Offline;
using MassarDalil.Web.Operations;
using MassarDalil.Web.Problems;
using MassarDalil.Web.PublicSite;
using MassarDalil.Web.Scheduling;
using MassarDalil.Web.Search;
using MassarDalil.Web.Webhooks;
using Microsoft.AspNetCore.Connections;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The shared appsettings.json is copied next to the binaries; see the csproj.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddContentEngine(builder.Configuration);
builder.AddOperations();
builder.AddAllowedHostsInThePipeline();
builder.AddPublicSite();
builder.AddSiteSearch();
builder.AddAnswerFeedback();
builder.AddContentApi();
builder.AddContentCaching();
builder.AddWebhookDelivery();
builder.AddScheduledPublishing();
builder.AddManager();
builder.AddMediaFiles();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.AddSingleton<ProblemWords>();
builder.Services.AddScoped<DashboardChartBuilder>();
// Start-up: the database is migrated and, when empty, seeded; then, under the same start-up lock and in this order,
// these steps run before the site counts as ready (Operations/DatabaseStartup.cs): the shared data-protection keys,
// those not encrypted with the configured certificate retired, the webhook secrets they encrypt, the first
// administrator.
builder.AddDatabaseStartup();
builder.Services.AddSingleton<IDatabaseStartupStep, SharedKeysStep>();
builder.Services.AddSingleton<IDatabaseStartupStep, KeyRetirementStep>();
builder.Services.AddSingleton<IDatabaseStartupStep, WebhookSecretsStep>();
builder.Services.AddSingleton<IDatabaseStartupStep, FirstAdmin>();

var app = builder.Build();
// A setting the site cannot use stops the start with one line naming it, and exit code 1.
if (ConfigurationCheck.Problem(app.Services) is { } problem)
{
    await Console.Error.WriteLineAsync($"Massar Dalil did not start: {problem}");
    return 1;
}

// The request pipeline, outermost first; WebApplication runs the endpoint after the last. Order matters for speed
// as well as behaviour: a cached public page is answered before routing, from bytes and headers kept ready, so only
// the request log, the start-up gate and the host check run before it; everything else, the output cache included,
// runs after routing, so each knows its endpoint (tests/load/README.md has the measurements).
app.UseOperations();
app.UseValidHost();
app.UsePageHits();
// Routing, which finds a public page through doubled slashes (/ar//faq) too, for its 301 to its own address.
app.UseRoutingThroughDoubledSlashes();
app.UseSiteErrorsAndHeaders();
app.UseAllowedHosts();
app.UseContentApi();
app.UseContentCaching();
app.UseStatusPages();
// Before the rate limiter, whose refusal of sign-ins is in the manager's language.
app.UseManagerLanguage();
app.UseRateLimiter();
app.UseManager();

// The endpoints.
app.MapPublicSite();
app.MapSiteSearch();
app.MapOfflineWorker();
app.MapAnswerFeedback();
app.MapMediaFiles();
app.MapContentApi();
app.MapManager();
app.MapOperations();

try
{
    await app.RunAsync();
}
catch (IOException e) when (e.InnerException is AddressInUseException)
{
    // Another process holds the address (a second copy of the site, another server): one line naming it, as for a
    // setting, not the host's stack trace and an abort.
    await Console.Error.WriteLineAsync($"Massar Dalil did not start: {e.Message}");
    return 1;
}
return 0;
