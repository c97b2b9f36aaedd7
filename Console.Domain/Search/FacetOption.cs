namespace EucaConsole.Domain.Search;

public sealed record FacetOption(string Key, string Label);
