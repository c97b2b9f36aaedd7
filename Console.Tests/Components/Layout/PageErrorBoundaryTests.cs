using Bunit;
using EucaConsole.Components.Layout;
using EucaConsole.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EucaConsole.Tests.Components.Layout;

/// <summary>A page that throws is replaced by a panel with Retry, the exception is logged, and the page recovers.</summary>
public sealed class PageErrorBoundaryTests : ConsoleComponentTest
{
    private readonly RecordingLoggerProvider _logs = new();

    public PageErrorBoundaryTests()
    {
        Services.AddLogging(builder => builder.AddProvider(_logs));
    }

    /// <summary>A test-only page that fails on its first render(s) and works after.</summary>
    private sealed class FailingPage : ComponentBase
    {
        public static int FailuresLeft { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            if (FailuresLeft-- > 0)
            {
                throw new InvalidOperationException("the page broke");
            }

            builder.AddMarkupContent(0, "<p data-testid=\"page-ok\">fine</p>");
        }
    }

    [Fact]
    public void A_throwing_page_shows_the_panel_is_logged_and_retry_renders_it_again()
    {
        FailingPage.FailuresLeft = 1;
        var rendered = Render<PageErrorBoundary>(p => p
            .Add(b => b.ChildContent, (RenderFragment)(builder =>
            {
                builder.OpenComponent<FailingPage>(0);
                builder.CloseComponent();
            }))
            .Add(b => b.ErrorContent, (RenderFragment<Exception>)(_ => builder =>
            {
                builder.OpenComponent<PageFailure>(0);
                builder.CloseComponent();
            })));

        Assert.NotEmpty(rendered.FindAll("[data-testid=page-failure]"));
        var logged = Assert.Single(_logs.Entries, e => e.Category.EndsWith(nameof(PageErrorBoundary), StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal("the page broke", logged.Exception?.Message);

        rendered.InvokeAsync(() => rendered.Instance.Recover());

        rendered.WaitForAssertion(() => Assert.NotEmpty(rendered.FindAll("[data-testid=page-ok]")));
        Assert.Empty(rendered.FindAll("[data-testid=page-failure]"));
    }
}
