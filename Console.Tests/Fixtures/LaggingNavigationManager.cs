using Microsoft.AspNetCore.Components;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// Navigation as a Blazor Server circuit sees it: a navigation is sent to the browser and the server's
/// <see cref="NavigationManager.Uri"/> changes only when the browser reports back (here: never), so code
/// that computes an address from <c>Uri</c> right after navigating computes it from the old one.
/// </summary>
public sealed class LaggingNavigationManager : NavigationManager
{
    public LaggingNavigationManager(string uri) => Initialize("http://localhost/", uri);

    /// <summary>Every navigation sent to the browser, in order, with whether it replaced the entry.</summary>
    public List<(string Uri, bool Replace)> Sent { get; } = [];

    protected override void NavigateToCore(string uri, NavigationOptions options) => Sent.Add((ToAbsoluteUri(uri).ToString(), options.ReplaceHistoryEntry));
}
