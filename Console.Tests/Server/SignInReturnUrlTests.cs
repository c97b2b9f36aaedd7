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
    [InlineData("/é", "/%C3%A9")]
    [InlineData("/volumes?q=name%3Dweb", "/volumes?q=name%3Dweb")]
    [InlineData("/\t/x", "/")]
    [InlineData("/\u0009/evil.example", "/")]
    [InlineData("/ /x", "/")]
    public void Only_local_paths_are_followed_after_sign_in(string? returnUrl, string expected) =>
        Assert.Equal(expected, SignIn.SafeReturnUrl(returnUrl));
}
