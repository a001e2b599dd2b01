using AngleSharp.Html.Parser;

namespace LpipEvidence.Web.Tests.SavedBriefings;

/// <summary>Presses "Save and share" as a browser without JavaScript does: GET the page, POST its form back with its hidden fields (antiforgery token included).</summary>
internal static class SaveForm
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Action<Dictionary<string, string>>? change = null)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var form = page.QuerySelector("form.save-share__form") ?? throw new InvalidOperationException($"{url} shows no Save and share form.");
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        change?.Invoke(fields);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Saves the briefing at <paramref name="url"/> and gives its short address (<c>/b/{id}</c>).</summary>
    public static async Task<string> SaveAsync(HttpClient client, string url)
    {
        var response = await SubmitAsync(client, url);
        var location = response.Headers.Location?.OriginalString;
        if (location is null) throw new InvalidOperationException($"Saving {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return new Uri(new Uri("http://localhost"), location).AbsolutePath;
    }
}
