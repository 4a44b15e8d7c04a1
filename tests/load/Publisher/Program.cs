// usage: Publisher BASE_URL EMAIL PASSWORD SECONDS
// Signs in to the manager, then once a second publishes every FAQ with each answer's generation word
// switched (genword-alpha <-> genword-beta, from whichever the FAQs hold), through the FAQ editor's own
// form. Prints one JSON line: publishes done and failed, their times, the last generation.
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;

if (args.Length != 4 || !int.TryParse(args[3], out var seconds) || seconds is < 1 or > 600)
{
    Console.Error.WriteLine("usage: Publisher BASE_URL EMAIL PASSWORD SECONDS (1-600)");
    return 2;
}
var baseUrl = new Uri(args[0]);
using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

using (var signIn = await SubmitAsync(await GetAsync("/manager/login"), "#login-form",
           new() { ["Input.Email"] = args[1], ["Input.Password"] = args[2] }))
{
    if (signIn.StatusCode != HttpStatusCode.Redirect)
    {
        Console.Error.WriteLine($"sign-in failed: {(int)signIn.StatusCode}");
        return 1;
    }
}
var dashboard = await GetAsync("/manager");
var editors = dashboard.QuerySelectorAll("a.page-title").Select(a => a.GetAttribute("href")!)
    .Where(h => h.StartsWith("/manager/faq/", StringComparison.Ordinal)).Distinct().ToList();
if (editors.Count == 0)
{
    Console.Error.WriteLine("no FAQ editor found on the dashboard");
    return 1;
}

var times = new List<double>();
var failures = 0;
// The word the FAQs hold now: the import gives alpha, and a warm-up run before this one may have left beta.
var generation = "alpha";
foreach (var editor in editors)
{
    var form = (await GetAsync(editor)).QuerySelector("#faq-form")?.OuterHtml ?? "";
    if (form.Contains("genword-beta", StringComparison.Ordinal))
    {
        generation = "beta";
        break;
    }
}
var clock = Stopwatch.StartNew();
for (var round = 1; clock.Elapsed < TimeSpan.FromSeconds(seconds); round++)
{
    (var from, generation) = generation == "alpha" ? ("alpha", "beta") : ("beta", "alpha");
    foreach (var editor in editors)
    {
        var started = clock.Elapsed;
        try
        {
            var form = await GetAsync(editor);
            using var published = await SubmitAsync(form, "#faq-form", new() { ["command"] = "publish" },
                value => value.Replace("genword-" + from, "genword-" + generation, StringComparison.Ordinal));
            if (published.StatusCode == HttpStatusCode.Redirect)
            {
                times.Add((clock.Elapsed - started).TotalMilliseconds);
            }
            else
            {
                failures++;
                Console.Error.WriteLine($"publish {editor}: {(int)published.StatusCode}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            failures++;
            Console.Error.WriteLine($"publish {editor}: {e.Message}");
        }
    }
    var wait = TimeSpan.FromSeconds(round) - clock.Elapsed;
    if (wait > TimeSpan.Zero)
    {
        await Task.Delay(wait);
    }
}
times.Sort();
Console.WriteLine(JsonSerializer.Serialize(new
{
    published = times.Count,
    failed = failures,
    median_ms = times.Count == 0 ? 0 : Math.Round(times[times.Count / 2]),
    max_ms = times.Count == 0 ? 0 : Math.Round(times[^1]),
    last_generation = generation,
}));
return failures == 0 ? 0 : 1;

async Task<IDocument> GetAsync(string path)
{
    using var response = await client.GetAsync(path);
    response.EnsureSuccessStatusCode();
    var html = await response.Content.ReadAsStringAsync();
    return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(new Uri(baseUrl, path)));
}

// Posts a form as a browser would: every named field with its value (antiforgery token included),
// text areas passed through `edit`, then the given values.
async Task<HttpResponseMessage> SubmitAsync(IDocument page, string selector, Dictionary<string, string> values, Func<string, string>? edit = null)
{
    var form = page.QuerySelector(selector) ?? throw new InvalidOperationException($"no {selector} on {page.Url}");
    var fields = new List<KeyValuePair<string, string>>();
    foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
    {
        var type = input.GetAttribute("type");
        if (type is "submit" or "button" || (type is "checkbox" or "radio" && !input.HasAttribute("checked")))
        {
            continue;
        }
        var value = input.LocalName switch
        {
            "textarea" => (edit ?? (v => v))(input.TextContent),
            "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? input.QuerySelector("option")?.GetAttribute("value") ?? "",
            _ => input.GetAttribute("value") ?? "",
        };
        fields.Add(new(input.GetAttribute("name")!, value));
    }
    foreach (var (name, value) in values)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }
    var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
    return await client.PostAsync(action, new FormUrlEncodedContent(fields));
}
