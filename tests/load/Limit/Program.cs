// usage: Limit --urls http://127.0.0.1:5181 /ar/faq=/tmp/ar.html /en/faq=/tmp/en.html
// Serves each file's bytes at its path, as the site would send them, with no middleware at all. When FILE.br
// exists too (the site's Brotli response, saved as sent), a request whose Accept-Encoding names br gets those
// bytes with Content-Encoding: br, as the site's output cache serves them.
using Microsoft.Net.Http.Headers;

static bool IsRoute(string arg) => arg.StartsWith('/') && arg.Contains('=', StringComparison.Ordinal);
static byte[]? Brotli(string file) => File.Exists(file + ".br") ? File.ReadAllBytes(file + ".br") : null;
var routes = args.Where(IsRoute).Select(a => a.Split('=', 2))
    .ToDictionary(p => p[0], p => (Plain: File.ReadAllBytes(p[1]), Brotli: Brotli(p[1])));
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
    app.MapGet(path, (HttpContext http) =>
    {
        if (bytes.Brotli is { } brotli && http.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.Ordinal))
        {
            http.Response.Headers[HeaderNames.ContentEncoding] = "br";
            http.Response.Headers[HeaderNames.Vary] = HeaderNames.AcceptEncoding;
            return Results.Bytes(brotli, "text/html; charset=utf-8");
        }
        return Results.Bytes(bytes.Plain, "text/html; charset=utf-8");
    });
}
await app.RunAsync();
return 0;
