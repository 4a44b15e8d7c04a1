using MassarDalil.Content;
using MassarDalil.Web.Areas.Manager;
using MassarDalil.Web.PublicSite;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The shared appsettings.json is copied next to the binaries; see the csproj.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddContentEngine(builder.Configuration);
builder.AddPublicSite();
builder.AddManager();

var app = builder.Build();

app.UsePublicSite();
app.MapPublicSite();
app.MapManager();

await app.InitializeContentAsync();
app.Run();
