namespace EucaConsole.Components.Search;

/// <summary>The post's <c>textSearch</c> event: the free text, and the keys it should be matched over.</summary>
public sealed record TextSearch(string Text, IReadOnlyList<string> FilterKeys);
