using System.Collections.Concurrent;
using System.Security.Claims;
using EucaConsole.Components.Session;
using EucaConsole.Server.Authentication;
using EucaConsole.Server.Configuration;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace EucaConsole.Tests.Server.Authentication;

public sealed class SessionCircuitHandlerTests
{
    /// <summary>A store that answers later, as Redis does (an in-memory store answers at once and hid the bug).</summary>
    private sealed class LaterCache() : MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), IDistributedCache
    {
        async Task<byte[]?> IDistributedCache.GetAsync(string key, CancellationToken token)
        {
            await Task.Delay(5, token).ConfigureAwait(false);
            return Get(key);
        }

        async Task IDistributedCache.SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token)
        {
            await Task.Delay(5, token).ConfigureAwait(false);
            Set(key, value, options);
        }
    }

    private sealed class SignedIn(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }

    /// <summary>A one-thread context like the circuit's dispatcher: work posted to it runs on its thread, in order.</summary>
    private sealed class CircuitLikeContext : SynchronizationContext
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

        public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

        public T Run<T>(Func<Task<T>> work)
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                var task = work();
                task.ContinueWith(_ => _queue.CompleteAdding(), TaskScheduler.Default);
                foreach (var (callback, state) in _queue.GetConsumingEnumerable())
                {
                    callback(state);
                }

                return task.GetAwaiter().GetResult();
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }

    [Fact]
    public void The_circuits_work_continues_on_the_circuit_context_when_the_activity_store_answers_later()
    {
        var activity = new SessionActivity(new LaterCache(), Options.Create(new ConsoleSessionOptions()), TimeProvider.System);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(SessionClaims.SessionId, "s-1")], "test"));
        var handler = new SessionCircuitHandler(new SignedIn(user), activity, TimeProvider.System);
        var context = new CircuitLikeContext();
        SynchronizationContext? seenByTheCircuit = null;
        var pipeline = handler.CreateInboundActivityHandler(_ =>
        {
            seenByTheCircuit = SynchronizationContext.Current;
            return Task.CompletedTask;
        });

        var touched = context.Run(async () =>
        {
            await activity.StartAsync("s-1").ConfigureAwait(true);
            await pipeline(null!).ConfigureAwait(true);
            return await activity.IsAliveAsync("s-1").ConfigureAwait(true);
        });

        Assert.True(touched);
        Assert.Same(context, seenByTheCircuit);
    }
}
