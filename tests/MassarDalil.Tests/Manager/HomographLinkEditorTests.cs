using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

public class HomographLinkEditorTests
{
    [Theory]
    [InlineData("https://m\u0435n.gov.ma/reset", HttpStatusCode.UnprocessableEntity)] // Cyrillic е
    [InlineData("https://xn--mn-nlc.gov.ma/reset", HttpStatusCode.UnprocessableEntity)]
    [InlineData("https://massar\u200D.ma/reset", HttpStatusCode.UnprocessableEntity)] // breaks the IDN rules
    [InlineData("https://a\u200Db.ma/", HttpStatusCode.Redirect)] // breaks them too, imitates nothing
    [InlineData("https://\u0645\u062B\u0627\u0644.ma/", HttpStatusCode.Redirect)]
    public async Task AnEditorsInternationalLinkIsJudgedNeverAnError(string url, HttpStatusCode expected)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");

        using var response = await editor.SaveFaqAsync(form, "save", new Dictionary<string, string>
        {
            [form.FieldOf("forgot-password")] = $"Reset it at [this page]({url}).",
        });

        Assert.Equal(expected, response.StatusCode);
    }
}
