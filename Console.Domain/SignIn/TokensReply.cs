using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Domain.SignIn;

/// <summary>Reads the XML a Tokens (STS-shaped) service answers: credentials, or an error.</summary>
public static class TokensReply
{
    /// <summary>Credentials from a GetAccessToken/GetSessionToken result; throws MalformedReply if any part is missing.</summary>
    public static CloudCredentials ReadCredentials(string xml, Uri endpoint, string operation)
    {
        var document = Parse(xml, endpoint, operation);
        var credentials = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Credentials")
            ?? throw Malformed(endpoint, operation, "no Credentials element");
        string Required(string name) =>
            credentials.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value is { Length: > 0 } value
                ? value
                : throw Malformed(endpoint, operation, $"no {name} in Credentials");

        var expirationText = credentials.Elements().FirstOrDefault(e => e.Name.LocalName == "Expiration")?.Value;
        DateTimeOffset? expiration = DateTimeOffset.TryParse(expirationText, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        return new CloudCredentials(Required("AccessKeyId"), Required("SecretAccessKey"), Required("SessionToken"), expiration);
    }

    /// <summary>Code, message and request id from an AWS-shaped ErrorResponse, or null if the body is not one.</summary>
    public static (string Code, string Message, string? RequestId)? ReadError(string body)
    {
        try
        {
            var document = XDocument.Parse(body);
            var error = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
            if (error is null)
            {
                return null;
            }

            string? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            var requestId = document.Descendants().FirstOrDefault(e => e.Name.LocalName is "RequestId" or "RequestID")?.Value;
            return (Child(error, "Code") ?? "Unknown", Child(error, "Message") ?? string.Empty, requestId);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static XDocument Parse(string xml, Uri endpoint, string operation)
    {
        try
        {
            return XDocument.Parse(xml);
        }
        catch (XmlException error)
        {
            throw Malformed(endpoint, operation, $"not XML ({error.Message})");
        }
    }

    private static CloudException Malformed(Uri endpoint, string operation, string what) =>
        new(CloudErrorKind.MalformedReply, CloudService.Tokens, operation, endpoint, what);
}
