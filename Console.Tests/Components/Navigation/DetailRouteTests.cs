using Bunit;
using EucaConsole.Components.Navigation;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Components.Navigation;

/// <summary>A detail's address carries the list's search as it is now, not as the address last had it (typing is written after a pause).</summary>
public sealed class DetailRouteTests : BunitContext
{
    private sealed record Item(string Id);

    private static readonly DetailRoute<Item> Route = new("/images", i => i.Id, (_, _) => Task.FromResult<Item?>(null));

    [Fact]
    public void Opening_a_row_right_after_typing_keeps_the_text_the_address_does_not_have_yet()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/images?q=platform%3Dlinux&sort=name");
        var query = new SearchQuery([new FacetCondition("platform", "linux")], "web");

        var open = Route.OpenUrl(navigation, new Item("ami-12345678"), query);
        var close = Route.CloseUrl(navigation, query);

        Assert.StartsWith("/images/ami-12345678?", open, StringComparison.Ordinal);
        Assert.Contains("text=web", open, StringComparison.Ordinal);
        Assert.Contains("q=platform%3Dlinux", open, StringComparison.Ordinal);
        Assert.Contains("sort=name", open, StringComparison.Ordinal);
        Assert.StartsWith("/images?", close, StringComparison.Ordinal);
        Assert.Contains("text=web", close, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_cleared_before_the_address_caught_up_is_not_carried_into_the_detail()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/images?text=old");

        var open = Route.OpenUrl(navigation, new Item("ami-12345678"), SearchQuery.Empty);

        Assert.Equal("/images/ami-12345678", open);
    }
}
