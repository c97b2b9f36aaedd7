using EucaConsole.Server.Components.Pages.SignIn;

namespace EucaConsole.Tests.Server;

public sealed class SignInReturnUrlTests
{
    [Theory]
    [InlineData("/instances?state=running", "/instances?state=running")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/signin?mode=aws", "/")]
    public void Only_local_paths_are_followed_after_sign_in(string? returnUrl, string expected) =>
        Assert.Equal(expected, SignIn.SafeReturnUrl(returnUrl));
}
