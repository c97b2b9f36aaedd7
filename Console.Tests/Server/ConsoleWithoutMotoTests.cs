using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Server;

/// <summary>The console process on a machine without moto: it starts, and sign-in says how to get the sandbox.</summary>
public sealed class ConsoleWithoutMotoTests
{
    [Fact]
    public async Task The_console_starts_and_the_sandbox_tab_says_how_to_install_moto()
    {
        await using var console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Sandbox:MotoServer"] = "/nonexistent/moto_server",
        });
        using var http = new HttpClient { BaseAddress = console.Address };

        var health = await http.GetAsync(new Uri("health", UriKind.Relative));
        var page = await http.GetStringAsync(new Uri("signin?mode=sandbox", UriKind.Relative));
        var eucalyptus = await http.GetStringAsync(new Uri("signin?mode=eucalyptus", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("pip install \"moto[server]\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"euca-host\"", eucalyptus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_anti_forgery_token_is_refused()
    {
        await using var console = await ConsoleServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Sandbox:Enabled"] = "false",
        });
        using var http = new HttpClient { BaseAddress = console.Address };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "aws",
            ["Aws.Region"] = "us-east-1",
            ["Aws.AccessKeyId"] = "AKIDEXAMPLE",
            ["Aws.SecretAccessKey"] = "secret",
        });

        var reply = await http.PostAsync(new Uri("signin?mode=aws", UriKind.Relative), form);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.DoesNotContain(reply.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("euca.session", StringComparison.Ordinal)));
    }
}
