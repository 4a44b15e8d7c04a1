using MassarDalil.Content;
using MassarDalil.Web.Areas.Manager;
using MassarDalil.Web.Feedback;
using MassarDalil.Web.Operations;
using MassarDalil.Web.PublicSite;
using MassarDalil.Web.Search;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The shared appsettings.json is copied next to the binaries; see the csproj.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddContentEngine(builder.Configuration);
builder.AddOperations();
builder.AddPublicSite();
builder.AddSiteSearch();
builder.AddAnswerFeedback();
builder.AddManager();

var app = builder.Build();

app.UseOperations();
app.UsePublicSite();
app.UseRateLimiter();
app.MapPublicSite();
app.MapSiteSearch();
app.MapAnswerFeedback();
app.MapManager();
app.MapOperations();

await app.InitializeContentAsync();
app.Run();
