using System.ComponentModel.DataAnnotations;

namespace EucaConsole.Server.Components.Pages.SignIn;

public sealed class AwsSignInForm : IValidatableObject
{
    [Required(ErrorMessage = "Choose a region.")]
    [RegularExpression(@"^[a-z]{2}(-[a-z]+)+-\d+$", ErrorMessage = "A region looks like us-east-1.")]
    public string Region { get; set; } = "us-east-1";

    /// <summary>Optional: an AWS-compatible endpoint that serves every service.</summary>
    public string? EndpointUrl { get; set; }

    [Required(ErrorMessage = "Enter the access key ID.")]
    [RegularExpression(@"^\s*[A-Za-z0-9]{3,128}\s*$", ErrorMessage = "An access key ID is letters and digits only.")]
    public string AccessKeyId { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the secret access key.")]
    public string SecretAccessKey { get; set; } = string.Empty;

    public Uri? ParsedEndpoint =>
        Uri.TryCreate(EndpointUrl?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(EndpointUrl) && ParsedEndpoint is null)
        {
            yield return new ValidationResult("The endpoint is a full http:// or https:// URL, e.g. https://ec2.example.com:8773/.",
                [nameof(EndpointUrl)]);
        }
    }
}
