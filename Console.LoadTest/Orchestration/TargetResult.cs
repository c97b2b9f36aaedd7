namespace EucaConsole.LoadTest.Orchestration;

/// <summary>What one server did under the load.</summary>
internal sealed record TargetResult(
    string Name,
    int CircuitsRequested,
    int CircuitsOpened,
    IReadOnlyList<string> Errors,
    int ServerCircuitFailures,
    long Events,
    long EventsWithoutRender,
    double P50,
    double P95,
    double P99,
    long RenderBytes,
    long? HeapBefore,
    long? HeapAfter)
{
    public double? HeapPerCircuit => HeapBefore is { } before && HeapAfter is { } after && CircuitsOpened > 0
        ? (after - before) / (double)CircuitsOpened
        : null;

    public bool Clean => Errors.Count == 0 && ServerCircuitFailures == 0 && CircuitsOpened == CircuitsRequested;
}
