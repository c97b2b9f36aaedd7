using EucaConsole.Components.Events;

namespace EucaConsole.Tests.Components.Events;

public sealed class EventBusTests
{
    [Fact]
    public async Task A_message_reaches_every_subscriber_of_its_type_only()
    {
        var bus = new EventBus();
        var loaded = new List<int>();
        var refreshed = 0;
        using var one = bus.Subscribe<ItemsLoaded<string>>(m => { loaded.Add(m.Items.Count); return Task.CompletedTask; });
        using var two = bus.Subscribe<ItemsLoaded<string>>(m => { loaded.Add(m.Items.Count * 10); return Task.CompletedTask; });
        using var three = bus.Subscribe<RefreshRequested>(_ => { refreshed++; return Task.CompletedTask; });

        await bus.PublishAsync(new ItemsLoaded<string>(["a", "b"], "table"));

        Assert.Equal([2, 20], loaded);
        Assert.Equal(0, refreshed);
    }

    [Fact]
    public async Task A_disposed_subscription_gets_nothing_more()
    {
        var bus = new EventBus();
        var received = 0;
        var subscription = bus.Subscribe<RefreshRequested>(_ => { received++; return Task.CompletedTask; });

        await bus.PublishAsync(new RefreshRequested());
        subscription.Dispose();
        await bus.PublishAsync(new RefreshRequested());

        Assert.Equal(1, received);
        Assert.Equal(0, bus.SubscriberCount<RefreshRequested>());
    }

    [Fact]
    public async Task Items_of_another_type_are_another_message()
    {
        var bus = new EventBus();
        var strings = 0;
        using var subscription = bus.Subscribe<ItemsLoaded<string>>(_ => { strings++; return Task.CompletedTask; });

        await bus.PublishAsync(new ItemsLoaded<int>([1], "numbers"));

        Assert.Equal(0, strings);
    }
}
