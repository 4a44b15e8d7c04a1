// usage: Limit --urls http://127.0.0.1:5181 /ar/faq=/tmp/ar.html /en/faq=/tmp/en.html
// Serves each file's bytes at its path, as the site would send them, with no middleware at all.
static bool IsRoute(string arg) => arg.StartsWith('/') && arg.Contains('=', StringComparison.Ordinal);
var routes = args.Where(IsRoute).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => File.ReadAllBytes(p[1]));
if (routes.Count == 0)
{
    await Console.Error.WriteLineAsync("usage: Limit --urls http://127.0.0.1:PORT /path=FILE [/path=FILE...]");
    return 2;
}
var builder = WebApplication.CreateSlimBuilder(args.Where(a => !IsRoute(a)).ToArray());
builder.Logging.ClearProviders();
var app = builder.Build();
foreach (var (path, bytes) in routes)
{
    app.MapGet(path, () => Results.Bytes(bytes, "text/html; charset=utf-8"));
}
await app.RunAsync();
return 0;
