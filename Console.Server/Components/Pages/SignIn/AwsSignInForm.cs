using System.ComponentModel.DataAnnotations;

namespace EucaConsole.Server.Components.Pages.SignIn;

public sealed class AwsSignInForm : IValidatableObject
{
    [Required(ErrorMessage = "Choose a region.")]
    [RegularExpression(@"^[a-z]{2}(-[a-z]+)+-\d+$", ErrorMessage = "A region looks like us-east-1.")]
    public string Region { get; set; } = "us-east-1";

    private string? _endpointUrl;

    /// <summary>
    /// Optional: an AWS-compatible endpoint that serves every service. A user name or password typed into
    /// it is taken out as it arrives, so it is never rendered back into the form, logged or said in an error.
    /// </summary>
    public string? EndpointUrl
    {
        get => _endpointUrl;
        set
        {
            _endpointUrl = WithoutCredentials(value, out var removed);
            CredentialsRemoved |= removed;
        }
    }

    /// <summary>The endpoint URL as typed carried a user name or password (now removed).</summary>
    public bool CredentialsRemoved { get; private set; }

    [Required(ErrorMessage = "Enter the access key ID.")]
    [RegularExpression(@"^\s*[A-Za-z0-9]{3,128}\s*$", ErrorMessage = "An access key ID is letters and digits only.")]
    public string AccessKeyId { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the secret access key.")]
    public string SecretAccessKey { get; set; } = string.Empty;

    public Uri? ParsedEndpoint =>
        Uri.TryCreate(EndpointUrl?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? WithoutCredentials(string? typed, out bool removed)
    {
        removed = false;
        if (!Uri.TryCreate(typed?.Trim(), UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0)
        {
            return typed;
        }

        removed = true;
        return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CredentialsRemoved)
        {
            yield return new ValidationResult("The endpoint URL had a user name or password in it; it was taken out. Sign in with the access key below.",
                [nameof(EndpointUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(EndpointUrl) && ParsedEndpoint is null)
        {
            yield return new ValidationResult("The endpoint is a full http:// or https:// URL, e.g. https://ec2.example.com:8773/.",
                [nameof(EndpointUrl)]);
        }
    }
}
