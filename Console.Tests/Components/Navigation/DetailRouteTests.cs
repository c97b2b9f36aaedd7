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

    [Fact]
    public async Task An_item_asked_for_by_its_address_stops_being_asked_for_when_the_user_moves_on_or_leaves()
    {
        var tokens = new List<CancellationToken>();
        using var route = new DetailRoute<Item>("/volumes", i => i.Id, async (id, ct) =>
        {
            tokens.Add(ct);
            if (id == "vol-slow")
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return new Item(id);
        });
        await route.LoadedAsync([]);

        var slow = route.ShowAsync("vol-slow");
        await route.ShowAsync("vol-fast");
        await slow;

        Assert.True(tokens[0].IsCancellationRequested);
        Assert.Equal("vol-fast", route.Item?.Id);
        Assert.Null(route.Problem);

        var leaving = route.ShowAsync("vol-slow");
        route.Dispose();
        await leaving;
        Assert.True(tokens[2].IsCancellationRequested);
    }
}
