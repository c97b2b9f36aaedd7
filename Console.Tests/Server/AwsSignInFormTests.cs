using System.ComponentModel.DataAnnotations;
using EucaConsole.Server.Components.Pages.SignIn;

namespace EucaConsole.Tests.Server;

public sealed class AwsSignInFormTests
{
    [Fact]
    public void A_password_typed_into_the_endpoint_url_is_taken_out_and_never_said_back()
    {
        var form = new AwsSignInForm { AccessKeyId = "AKIDEXAMPLE", SecretAccessKey = "secret", EndpointUrl = "https://admin:hunter2@ec2.example.com:8773/" };

        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), problems, validateAllProperties: true);

        Assert.Equal("https://ec2.example.com:8773/", form.EndpointUrl);
        Assert.Equal("https://ec2.example.com:8773/", form.ParsedEndpoint?.ToString());
        var problem = Assert.Single(problems);
        Assert.Contains("user name or password", problem.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", problem.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("admin", problem.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endpoint_url_without_credentials_is_kept_as_typed()
    {
        var form = new AwsSignInForm { AccessKeyId = "AKIDEXAMPLE", SecretAccessKey = "secret", EndpointUrl = "http://127.0.0.1:5000" };

        var problems = new List<ValidationResult>();

        Assert.True(Validator.TryValidateObject(form, new ValidationContext(form), problems, validateAllProperties: true));
        Assert.Equal("http://127.0.0.1:5000", form.EndpointUrl);
    }
}
