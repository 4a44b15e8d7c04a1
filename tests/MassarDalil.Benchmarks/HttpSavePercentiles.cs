using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Benchmarks;

/// <summary>
/// One question's save through the manager's real POST (<c>/manager/faq/{id}/question/{key}</c>: sign-in cookie,
/// antiforgery, model binding, the save, the redirect) on the test host, on the seed's FAQ, 500 and 2,000 questions:
/// p50/p95 of the wall clock, and the process's CPU time and bytes allocated per POST.
/// </summary>
internal static partial class HttpSavePercentiles
{
    private const string Email = "bench@massar.test", Password = "Bench-pass-2026-long!";

    public static async Task RunAsync(IReadOnlyList<string> sizes)
    {
        foreach (var size in sizes)
        {
            using var big = BenchDatabase.GeneratedFolder(size);
            using var app = new MassarApp(new()
            {
                ["Content:SeedPath"] = big?.Path ?? TestPaths.Seed, ["Admin:Email"] = Email, ["Admin:Password"] = Password,
            });
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            await SignInAsync(client);
            // The site builds its search index in the background after it starts (seconds at 2,000 questions a language):
            // let that finish, so its CPU and allocations are not counted as the saves'.
            await Task.Delay(TimeSpan.FromSeconds(10));
            var (id, version, question, topic) = await app.WithDbAsync(async db =>
            {
                var page = await db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "ar" && p.Type == PageType.Faq);
                var question = page.Draft.AllQuestions.Skip(page.Draft.AllQuestions.Count() / 2).First();
                return (page.Id, page.DraftVersion, question, FaqChanges.TopicOf(page.Draft, question.Key)!.Key);
            });
            var address = $"/manager/faq/{id}/question/{question.Key}";
            var token = Token(await client.GetStringAsync(address));
            var n = 0;
            async Task SaveAsync()
            {
                using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
                    ["Input.Key"] = question.Key, ["Input.Question"] = question.Question, ["Input.Answer"] = $"Answer number {++n}.",
                    ["Input.SearchTerms"] = TermList.Join(question.SearchTerms), ["Input.Topic"] = topic, ["command"] = "save",
                });
                using var response = await client.PostAsync(address, form);
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"the save answered {(int)response.StatusCode}");
                }
                version++;
            }
            await SavePercentiles.MeasureAsync($"save one question over HTTP, {size}", SaveAsync);
        }
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var token = Token(await client.GetStringAsync("/manager/login"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = Email, ["Input.Password"] = Password, ["returnUrl"] = "/manager",
        });
        using var response = await client.PostAsync("/manager/login", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in answered {(int)response.StatusCode}");
        }
    }

    private static string Token(string html) => AntiforgeryToken().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("no antiforgery token on the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
