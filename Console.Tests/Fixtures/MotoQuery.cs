using System.Net.Http.Headers;
using System.Xml.Linq;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// Test-side reader of Query APIs (IAM, ELB, Auto Scaling, CloudFormation) on moto, to check what the sandbox seeded
/// without going through the code under test. moto routes on the credential scope of the
/// Authorization header and does not check the signature (unless told to).
/// </summary>
public sealed class MotoQuery(Uri endpoint)
{
    private static readonly Dictionary<string, string> Versions = new()
    {
        ["iam"] = "2010-05-08",
        ["elasticloadbalancing"] = "2012-06-01",
        ["autoscaling"] = "2011-01-01",
        ["ec2"] = "2016-11-15",
        ["cloudformation"] = "2010-05-15",
    };

    public async Task<XDocument> CallAsync(string service, string action, Dictionary<string, string>? parameters = null)
    {
        var form = new Dictionary<string, string>(parameters ?? []) { ["Action"] = action, ["Version"] = Versions[service] };
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=test-reader/20260101/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=00");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/xml"));
        using var reply = await http.SendAsync(request);
        var body = await reply.Content.ReadAsStringAsync();
        if (!reply.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{service} {action} failed: {(int)reply.StatusCode} {body}");
        }

        return XDocument.Parse(body);
    }
}

public static class XmlReading
{
    public static string Value(this XDocument document, string localName) =>
        document.Descendants().First(e => e.Name.LocalName == localName).Value;

    public static IEnumerable<string> Values(this XDocument document, string localName) =>
        document.Descendants().Where(e => e.Name.LocalName == localName).Select(e => e.Value);
}
