namespace EucaConsole.Domain.Search;

/// <summary>A facet of the search bar: <c>{name, label, options: [{key, label}]}</c> as in the Magic Search post.</summary>
public sealed record Facet(string Name, string Label, IReadOnlyList<FacetOption> Options);
