using EucaConsole.Domain.Search;
using EucaConsole.Domain.Stacks;

namespace EucaConsole.Components.Pages.Stacks;

/// <summary>The stacks page's search bar: status as a facet, free text over name, id and description.</summary>
public static class StackSearch
{
    public static IReadOnlyList<Facet> Facets { get; } = [new("status", "Status", [])];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "id", "description"];

    public static SearchFields<Stack> Fields { get; } = new SearchFields<Stack>()
        .Facet("status", s => s.Status)
        .Text("name", s => s.Name)
        .Text("id", s => s.Id)
        .Text("description", s => s.Description);
}
