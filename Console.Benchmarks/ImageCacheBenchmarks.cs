using BenchmarkDotNet.Attributes;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Compute;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Benchmarks;

/// <summary>
/// 15,000 images as the console caches them: encode (MessagePack + zstd), store to Redis, read back from
/// Redis into records, and the in-process hit every circuit after the first gets. For comparison the
/// uncached DescribeImages of the same images from moto_server is timed once in the same run, while
/// setting up: moto takes minutes per call at this size, too long to repeat as a benchmark case.
/// </summary>
[Config(typeof(LongSetupConfig))]
public class ImageCacheBenchmarks
{
    private const int Images = 15_000;
    private ConnectionMultiplexer _redis = default!;
    private RedisCacheStore _store = default!;
    private ImageService _compute = default!;
    private EucaConsole.Domain.Cloud.CloudConnection _connection = default!;
    private SharedCache _cache = default!;
    private IReadOnlyList<Image> _images = [];
    private byte[] _encoded = [];
    private readonly CacheKey _key = CacheKey.For("images", new CacheScope("bench"), "self");

    /// <summary>
    /// moto needs minutes to load and to list 15,000 images, so the servers and the images are made once
    /// per process (the in-process toolchain runs every case in this process) and shared by the cases.
    /// </summary>
    private static readonly Lazy<Task<Shared>> Prepared = new(PrepareAsync);

    private sealed record Shared(BenchmarkServers Servers, ImageService Compute, EucaConsole.Domain.Cloud.CloudConnection Connection,
        ConnectionMultiplexer Redis, IReadOnlyList<Image> Images);

    private static async Task<Shared> PrepareAsync()
    {
        var servers = new BenchmarkServers(Images);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => servers.Dispose();
        var (compute, connection) = BenchmarkCloud.Connect(servers.MotoEndpoint);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<Image> images = [.. await compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, CancellationToken.None)];
        Console.WriteLine($"// uncached DescribeImages of {images.Count:N0} images from moto_server (once, with paging): {clock.Elapsed.TotalSeconds:F1} s");
        if (images.Count != Images)
        {
            throw new InvalidOperationException($"moto served {images.Count} images, expected {Images}");
        }

        var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{servers.RedisPort}");
        var uncompressed = MessagePack.MessagePackSerializer.Serialize(images, MessagePack.Resolvers.ContractlessStandardResolver.Options).Length;
        var encoded = CacheCodec.Encode(images);
        Console.WriteLine($"// {Images} images: MessagePack {uncompressed:N0} bytes, stored (zstd) {encoded.Length:N0} bytes = {encoded.Length / 1048576.0:F3} MiB");
        return new Shared(servers, compute, connection, redis, images);
    }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var shared = await Prepared.Value;
        (_compute, _connection, _redis, _images) = (shared.Compute, shared.Connection, shared.Redis, shared.Images);
        var options = Options.Create(new CacheOptions());
        _store = new RedisCacheStore(_redis, options);
        _encoded = CacheCodec.Encode(_images);
        await _store.SetAsync(_key.Value, _encoded, TimeSpan.FromHours(1));
        _cache = new SharedCache(options, new CacheMetrics(new PlainMeterFactory()), NullLogger<SharedCache>.Instance, _store);
        await _cache.GetOrCreateAsync(_key, CacheRegion.DefaultTerm, _ => Task.FromResult(_images), CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup() => _cache.Dispose();

    [Benchmark(Description = "encode 15k images (MessagePack + zstd)")]
    public byte[] Encode() => CacheCodec.Encode(_images);

    [Benchmark(Description = "store 15k images to Redis (encode + SET)")]
    public Task StoreToRedis() => _store.SetAsync("euca:bench:store", CacheCodec.Encode(_images), TimeSpan.FromMinutes(5));

    [Benchmark(Description = "read 15k images back from Redis into records")]
    public async Task<int> ReadFromRedis()
    {
        var bytes = await _store.GetAsync(_key.Value);
        return CacheCodec.Decode<IReadOnlyList<Image>>(bytes!).Count;
    }

    [Benchmark(Description = "in-process hit (every circuit after the first)")]
    public int InProcessHit() => _cache.TryGetLocal<IReadOnlyList<Image>>(_key, out var images) ? images.Count : -1;
}
