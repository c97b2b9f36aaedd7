using BenchmarkDotNet.Attributes;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Benchmarks;

/// <summary>For comparison: the same 15,000 images without the cache, DescribeImages from moto_server.</summary>
[MedianColumn]
[InProcess]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DescribeImagesBenchmarks
{
    private BenchmarkServers _servers = default!;
    private ComputeService _compute = default!;
    private CloudConnection _connection = default!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _servers = new BenchmarkServers(15_000);
        (_compute, _connection) = BenchmarkCloud.Connect(_servers.MotoEndpoint);
        await _compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _connection.Dispose();
        _servers.Dispose();
    }

    [Benchmark(Description = "uncached DescribeImages of 15k images from moto_server")]
    public async Task<int> DescribeImages() => (await _compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, CancellationToken.None)).Count;
}
