namespace EucaConsole.Components.Events;

/// <summary>
/// Messages between components of one circuit (scoped, no static state): a table announces it loaded
/// (<see cref="ItemsLoaded{T}"/>), a page asks its table to reload (<see cref="RefreshRequested"/>).
/// A subscription ends when the subscriber disposes what <see cref="Subscribe{T}"/> returned,
/// which components do in their own Dispose.
/// </summary>
public sealed class EventBus
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, List<Subscription>> _subscriptions = [];

    public IDisposable Subscribe<T>(Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, typeof(T), message => handler((T)message));
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(typeof(T), out var list))
            {
                _subscriptions[typeof(T)] = list = [];
            }

            list.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Delivers to every current subscriber of <typeparamref name="T"/>, one after another.</summary>
    public async Task PublishAsync<T>(T message)
        where T : notnull
    {
        Subscription[] receivers;
        lock (_gate)
        {
            receivers = _subscriptions.TryGetValue(typeof(T), out var list) ? [.. list] : [];
        }

        foreach (var receiver in receivers)
        {
            // On the circuit's context: a handler after the first changes component state and renders too.
            await receiver.Handler(message).ConfigureAwait(true);
        }
    }

    public int SubscriberCount<T>()
    {
        lock (_gate)
        {
            return _subscriptions.TryGetValue(typeof(T), out var list) ? list.Count : 0;
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(subscription.MessageType, out var list))
            {
                list.Remove(subscription);
            }
        }
    }

    private sealed class Subscription(EventBus bus, Type messageType, Func<object, Task> handler) : IDisposable
    {
        public Type MessageType { get; } = messageType;

        public Func<object, Task> Handler { get; } = handler;

        public void Dispose() => bus.Remove(this);
    }
}
