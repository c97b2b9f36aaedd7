using Bunit;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Tests.Components.Resources;

/// <summary>A detail's own read: loading, the value, or the cloud's error with Retry; stopped when the panel moves on or closes.</summary>
public sealed class PanelReadTests : ConsoleComponentTest
{
    private static CloudException Refused() => new(CloudErrorKind.Service, CloudService.Compute, "DescribeImageAttribute", new Uri("http://127.0.0.1:5000/"),
        "Rate exceeded", "Throttling", 400);

    [Fact]
    public async Task Reading_another_item_cancels_the_read_of_the_last_and_shows_only_the_new_value()
    {
        using var read = new PanelRead<string>();
        var first = new TaskCompletionSource<string>();
        CancellationToken firstToken = default;
        var pending = read.ForAsync("i-1", ct =>
        {
            firstToken = ct;
            ct.Register(() => first.TrySetCanceled(ct));
            return first.Task;
        });
        Assert.True(read.Loading);

        await read.ForAsync("i-2", _ => Task.FromResult("second"));
        await pending;

        Assert.True(firstToken.IsCancellationRequested);
        Assert.True(read.HasValue);
        Assert.Equal("second", read.Value);
        Assert.False(read.Loading);
    }

    [Fact]
    public async Task Closing_the_panel_cancels_its_read()
    {
        var read = new PanelRead<string>();
        CancellationToken token = default;
        var pending = read.ForAsync("i-1", async ct =>
        {
            token = ct;
            await Task.Delay(Timeout.Infinite, ct);
            return "never";
        });

        read.Dispose();
        await pending;

        Assert.True(token.IsCancellationRequested);
        Assert.False(read.HasValue);
    }

    [Fact]
    public async Task A_refused_read_shows_the_clouds_code_and_text_and_retry_reads_again()
    {
        var read = new PanelRead<string>();
        var attempts = 0;
        await read.ForAsync("ami-1", _ => ++attempts == 1 ? throw Refused() : Task.FromResult("launch permissions"));
        var view = Render<PanelReadView<string>>(p => p
            .Add(v => v.Read, read)
            .Add(v => v.Label, "Loading")
            .Add(v => v.ChildContent, (RenderFragment<string>)(value => b => b.AddContent(0, value))));

        Assert.Contains("Throttling", view.Find("[data-testid=panel-read-error]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Rate exceeded", view.Find("[data-testid=panel-read-error]").TextContent, StringComparison.Ordinal);
        await view.Find("[data-testid=panel-read-retry]").ClickAsync(new());

        view.WaitForAssertion(() => Assert.Contains("launch permissions", view.Markup, StringComparison.Ordinal));
        Assert.Equal(2, attempts);
        read.Dispose();
    }

    [Fact]
    public async Task The_same_item_is_not_read_twice_and_a_null_value_is_a_value()
    {
        using var read = new PanelRead<string?>();
        var reads = 0;
        await read.ForAsync("i-1", _ => { reads++; return Task.FromResult<string?>(null); });
        await read.ForAsync("i-1", _ => { reads++; return Task.FromResult<string?>("again"); });

        Assert.Equal(1, reads);
        Assert.True(read.HasValue);
        Assert.Null(read.Value);
    }
}
