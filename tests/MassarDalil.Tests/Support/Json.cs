using System.Text.Json;
using MassarDalil.Content.Published;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

public static class Json
{
    public static async Task<JsonDocument> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} gave {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return JsonDocument.Parse(body);
    }

    /// <summary>What the one-second watcher does: reload published content if the database moved on.</summary>
    public static Task RefreshContentAsync(this MassarApp app) => app.Services.GetRequiredService<PublishedContent>().RefreshAsync();
}
