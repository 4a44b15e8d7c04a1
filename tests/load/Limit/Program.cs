// usage: Limit --urls http://127.0.0.1:5181 /ar/faq=/tmp/ar.html /en/faq=/tmp/en.html
// Serves each file's bytes at its path, as the site would send them, with no middleware at all. When FILE.br
// exists too (the site's Brotli response, saved as sent), a request whose Accept-Encoding names br gets those
// bytes with Content-Encoding: br, as the site's output cache serves them.
// When FILE.headers (or FILE.br.headers) exists, the site's response headers as curl -D saved them, the limit sends
// those headers too, so it answers with the same bytes on the wire as the site: the site's security headers make
// its responses about 650 bytes longer than a bare answer, enough to take /en/faq over wrk's 8 KB read
// (tests/load/README.md).
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

static bool IsRoute(string arg) => arg.StartsWith('/') && arg.Contains('=', StringComparison.Ordinal);
// Kestrel writes these itself for each response.
var written = new HashSet<string>(["Content-Length", "Date", "Transfer-Encoding", "Connection", "Server"], StringComparer.OrdinalIgnoreCase);
Answer? Read(string file) => File.Exists(file) ? new Answer(File.ReadAllBytes(file), Headers(file + ".headers")) : null;
var routes = args.Where(IsRoute).Select(a => a.Split('=', 2))
    .ToDictionary(p => p[0], p => (Plain: Read(p[1]) ?? throw new FileNotFoundException(p[1]), Brotli: Read(p[1] + ".br")));
if (routes.Count == 0)
{
    await Console.Error.WriteLineAsync("usage: Limit --urls http://127.0.0.1:PORT /path=FILE [/path=FILE...]");
    return 2;
}
var builder = WebApplication.CreateSlimBuilder(args.Where(a => !IsRoute(a)).ToArray());
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
foreach (var (path, answers) in routes)
{
    app.MapGet(path, (HttpContext http) =>
    {
        var brotli = answers.Brotli is not null && http.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.Ordinal);
        var answer = brotli ? answers.Brotli! : answers.Plain;
        if (answer.Headers is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                http.Response.Headers[name] = value;
            }
        }
        else
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            if (brotli)
            {
                http.Response.Headers[HeaderNames.ContentEncoding] = "br";
                http.Response.Headers[HeaderNames.Vary] = HeaderNames.AcceptEncoding;
            }
        }
        http.Response.ContentLength = answer.Body.Length;
        return http.Response.Body.WriteAsync(answer.Body, 0, answer.Body.Length);
    });
}
await app.RunAsync();
return 0;

// The header lines of a response saved by curl -D, without the status line and the headers Kestrel writes itself.
KeyValuePair<string, StringValues>[]? Headers(string file) => File.Exists(file)
    ? File.ReadLines(file)
        .Select(line => line.TrimEnd('\r').Split(": ", 2))
        .Where(p => p.Length == 2 && !written.Contains(p[0]))
        .Select(p => new KeyValuePair<string, StringValues>(p[0], p[1]))
        .ToArray()
    : null;

internal sealed record Answer(byte[] Body, KeyValuePair<string, StringValues>[]? Headers);
