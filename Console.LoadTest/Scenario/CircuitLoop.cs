using EucaConsole.LoadTest.Client;
using EucaConsole.LoadTest.Measurement;

namespace EucaConsole.LoadTest.Scenario;

/// <summary>
/// One simulated user on the images page until the run ends: think, type a search a keystroke at a
/// time, page the results, open an image, clear the search; every event timed to its render.
/// </summary>
internal sealed class CircuitLoop(CircuitClient circuit, Latencies latencies, RunCounters counters, int seed, TimeSpan thinkTime)
{
    private static readonly string[] Searches = ["ubuntu", "debian", "arm64", "gpu", "rocky", "server"];
    private static readonly TimeSpan RenderWait = TimeSpan.FromSeconds(10);

    public async Task RunAsync(CancellationToken stop)
    {
        var random = new Random(seed);
        try
        {
            // Users arrive spread over two think times, not all typing their first search in the same second.
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * 2 * thinkTime.TotalMilliseconds), stop);
            while (!stop.IsCancellationRequested && !circuit.Closed)
            {
                var search = Searches[random.Next(Searches.Length)];
                for (var length = 1; length <= search.Length && !stop.IsCancellationRequested; length++)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(random.Next(80, 250)), stop);
                    Record(await UserActions.TypeAsync(circuit, search[..length], RenderWait, stop));
                }

                await ThinkAsync(random, stop);
                if (circuit.Read(dom => dom.ByTestId("rt-next")?.Attribute("disabled")) is null)
                {
                    Record(await UserActions.NextPageAsync(circuit, RenderWait, stop));
                    await ThinkAsync(random, stop);
                }

                if (circuit.Read(dom => dom.FirstRow()) is not null)
                {
                    Record(await UserActions.OpenFirstRowAsync(circuit, RenderWait, stop));
                    await ThinkAsync(random, stop);
                }

                Record(await UserActions.TypeAsync(circuit, string.Empty, RenderWait, stop));
                await ThinkAsync(random, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (MissingElementException error)
        {
            counters.Error(error.Message);
        }
    }

    private Task ThinkAsync(Random random, CancellationToken stop) =>
        Task.Delay(TimeSpan.FromMilliseconds(thinkTime.TotalMilliseconds * (0.5 + random.NextDouble())), stop);

    private void Record(TimeSpan? elapsed)
    {
        counters.Event();
        if (elapsed is { } time)
        {
            latencies.Add(time);
        }
        else
        {
            counters.NoRender();
        }
    }
}
