namespace EucaConsole.Components.Navigation;

/// <summary>One page in the side navigation, under the cloud service it belongs to.</summary>
/// <param name="Exact">Highlight only on this very path (e.g. /instances, whose /instances/launch has its own entry).</param>
public sealed record NavigationEntry(string Group, string Title, string Href, string Icon, bool Exact = false);
