using System.Net;
using System.Text.RegularExpressions;

namespace EucaConsole.LoadTest.Client;

/// <summary>Signs in to the console through its AWS form, as a browser does (antiforgery token, form post, session cookie).</summary>
internal static partial class ConsoleSignIn
{
    [GeneratedRegex(@"<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex(@"<input[^>]*type=""hidden""[^>]*>")]
    private static partial Regex HiddenInput();

    [GeneratedRegex(@"\bname=""([^""]*)""")]
    private static partial Regex NameAttribute();

    [GeneratedRegex(@"\bvalue=""([^""]*)""")]
    private static partial Regex ValueAttribute();

    public static async Task SignInAsync(HttpClient http, Uri consoleBase, string accessKeyId, string secretAccessKey, CancellationToken cancellationToken)
    {
        var page = await http.GetStringAsync(new Uri(consoleBase, "signin?mode=aws"), cancellationToken);
        var form = Form().Matches(page).Select(m => m.Value).FirstOrDefault(f => f.Contains("value=\"aws\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The sign-in page has no AWS form.");

        var fields = HiddenInput().Matches(form)
            .Select(m => (Name: NameAttribute().Match(m.Value).Groups[1].Value, Value: WebUtility.HtmlDecode(ValueAttribute().Match(m.Value).Groups[1].Value)))
            .Where(f => f.Name.Length > 0)
            .ToDictionary(f => f.Name, f => f.Value);
        fields["Aws.Region"] = "us-east-1";
        fields["Aws.AccessKeyId"] = accessKeyId;
        fields["Aws.SecretAccessKey"] = secretAccessKey;

        using var content = new FormUrlEncodedContent(fields);
        using var response = await http.PostAsync(new Uri(consoleBase, "signin?mode=aws"), content, cancellationToken);
        if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/signin", StringComparison.Ordinal) != false)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"Sign-in was refused ({(int)response.StatusCode}): {Excerpt(body)}");
        }
    }

    private static string Excerpt(string html)
    {
        var text = Regex.Replace(html, "<[^>]+>", " ");
        text = Regex.Replace(text, @"\s+", " ").Trim();
        return text.Length > 400 ? text[..400] : text;
    }
}
