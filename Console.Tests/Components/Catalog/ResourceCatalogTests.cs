using System.Reflection;
using System.Text.RegularExpressions;
using EucaConsole.Components.Catalog;
using EucaConsole.Components.Navigation;
using EucaConsole.Tests.Fixtures;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Tests.Components.Catalog;

/// <summary>The catalog is the one place a kind's address is named: pages route by it, navigation is made from it, nothing else spells it.</summary>
public sealed class ResourceCatalogTests
{
    private static readonly IReadOnlyList<string> RoutedTemplates =
    [
        .. typeof(ResourceCatalog).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template),
    ];

    [Fact]
    public void Every_kind_has_a_list_page_a_detail_route_and_its_create_page_routed_at_the_catalogs_address()
    {
        foreach (var kind in ResourceCatalog.Kinds)
        {
            Assert.Contains(kind.Path, RoutedTemplates);
            Assert.Contains(RoutedTemplates, t => t.StartsWith(kind.Path + "/{", StringComparison.Ordinal));
            if (kind.Create is { } create)
            {
                Assert.Contains(create.Path, RoutedTemplates);
            }
        }
    }

    [Fact]
    public void Every_routed_page_of_the_components_is_a_catalog_address_or_a_kinds_detail()
    {
        var known = ResourceCatalog.Kinds.SelectMany(k => new[] { k.Path, k.Create?.Path }).OfType<string>().Append(ResourceCatalog.DashboardPath).ToHashSet();
        foreach (var template in RoutedTemplates)
        {
            var listOfDetail = template.Contains('{', StringComparison.Ordinal) ? template[..template.LastIndexOf('/')] : null;
            Assert.True(known.Contains(template) || (listOfDetail is not null && ResourceCatalog.Kinds.Any(k => k.Path == listOfDetail)),
                $"{template} is routed but not in the catalog");
        }
    }

    [Fact]
    public void Navigation_lists_every_kind_and_its_navigable_create_page_under_the_kinds_service()
    {
        foreach (var kind in ResourceCatalog.Kinds)
        {
            Assert.Contains(ConsoleNavigation.Pages, e => e.Href == kind.Path && e.Group == kind.Group && e.Title == kind.Title);
        }

        Assert.Contains(ConsoleNavigation.Pages, e => e.Href == ResourceCatalog.LaunchInstancesPath && e.Group == ResourceCatalog.Compute);
        Assert.All(ConsoleNavigation.Pages, e => Assert.Contains(e.Group, ResourceCatalog.Services));
        Assert.Equal(ConsoleNavigation.Pages.Count, ConsoleNavigation.Pages.Select(e => e.Href).Distinct().Count());
    }

    [Fact]
    public void Detail_addresses_escape_the_id_and_query_routes_carry_their_value_escaped()
    {
        Assert.Equal("/roles/a%2Fb%20c", ResourceCatalog.Roles.Detail("a/b c"));
        Assert.Equal("/instances/launch?image=ami-1%262", Routes.LaunchInstances("ami-1&2"));
        Assert.Equal("/instances/launch", Routes.LaunchInstances());
        Assert.Equal("/instances?launched=i-1%2Ci-2", Routes.InstancesLaunched(["i-1", "i-2"]));
    }

    [Fact]
    public void No_component_spells_a_kinds_address_outside_the_catalog()
    {
        var paths = string.Join('|', ResourceCatalog.Kinds.Select(k => Regex.Escape(k.Path)));
        var literal = new Regex($"[\"'`]({paths})(/|\\?|\"|'|`)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        var components = Path.Combine(RepositoryPaths.Root, "Console.Components");
        var offenders = Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !IsBuildOutput(f) && !f.Contains($"{Path.DirectorySeparatorChar}Catalog{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => literal.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(components, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Route literals outside the catalog:\n" + string.Join('\n', offenders));
    }

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
