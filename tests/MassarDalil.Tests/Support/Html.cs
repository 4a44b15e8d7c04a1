using AngleSharp;
using AngleSharp.Dom;

namespace MassarDalil.Tests.Support;

/// <summary>Fetches and parses pages the way a browser would see their markup.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(string html, string? address = null) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(request =>
        {
            request.Content(html);
            if (address is not null)
            {
                // Forms without an action post back to the page's own address, as in a browser.
                request.Address(address);
            }
        });

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} gave {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return await ParseAsync(body, new Uri(client.BaseAddress!, path).ToString());
    }

    /// <summary>
    /// Posts a form found on a page, with its antiforgery token and any values given, as a
    /// browser would submit it.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IDocument page, string formSelector, IDictionary<string, string>? values = null, string? submitName = null)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form '{formSelector}' on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        // As a browser does: the form's own fields and those elsewhere that name it in their form attribute.
        IEnumerable<IElement> owned = form.Id is { Length: > 0 } formId ? page.QuerySelectorAll($"[form='{formId}'][name]") : [];
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]").Concat(owned))
        {
            var name = input.GetAttribute("name")!;
            var type = input.GetAttribute("type");
            if (type is "submit" or "button" || ((type is "checkbox" or "radio") && !input.HasAttribute("checked")))
            {
                continue;
            }
            var value = input.LocalName switch
            {
                "textarea" => input.TextContent,
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? input.QuerySelector("option")?.GetAttribute("value") ?? "",
                _ => input.GetAttribute("value") ?? "",
            };
            fields.Add(new(name, value));
        }
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        if (submitName is not null)
        {
            fields.Add(new(submitName, ""));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }
}
