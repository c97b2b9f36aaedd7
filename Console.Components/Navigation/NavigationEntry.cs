namespace EucaConsole.Components.Navigation;

/// <summary>One page in the side navigation, under the cloud service it belongs to.</summary>
public sealed record NavigationEntry(string Group, string Title, string Href, string Icon);
