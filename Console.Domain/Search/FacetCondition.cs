namespace EucaConsole.Domain.Search;

/// <summary>One chosen chip: facet <paramref name="Name"/> is (or, negated, is not) <paramref name="Key"/>.</summary>
public sealed record FacetCondition(string Name, string Key, bool Negated = false);
