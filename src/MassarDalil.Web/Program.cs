using MassarDalil.Content;
using MassarDalil.Web.Api;
using MassarDalil.Web.Caching;
using MassarDalil.Web.PublicSite;
using MassarDalil.Web.Webhooks;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The shared appsettings.json is copied next to the binaries; see the csproj.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddContentEngine(builder.Configuration);
builder.AddPublicSite();
builder.AddContentApi();
builder.AddContentCaching();
builder.AddWebhookDelivery();

var app = builder.Build();

app.UsePublicSite();
app.UseContentApi();
app.UseContentCaching();
app.MapPublicSite();
app.MapContentApi();

await app.InitializeContentAsync();
app.Run();
