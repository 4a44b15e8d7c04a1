using MassarDalil.Content;
using MassarDalil.Web.PublicSite;
using MassarDalil.Web.Search;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The shared appsettings.json is copied next to the binaries; see the csproj.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddContentEngine(builder.Configuration);
builder.AddPublicSite();
builder.AddSiteSearch();

var app = builder.Build();

app.UsePublicSite();
app.MapPublicSite();
app.MapSiteSearch();

await app.InitializeContentAsync();
app.Run();
