using BenchmarkDotNet.Attributes;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Compute;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EucaConsole.Benchmarks;

/// <summary>
/// 15,000 images as the console caches them: encode (MessagePack + zstd), store to Redis, read back from
/// Redis into records, the in-process hit every circuit after the first gets, and for comparison the
/// uncached DescribeImages of the same images from moto_server.
/// </summary>
[Config(typeof(LongSetupConfig))]
public class ImageCacheBenchmarks
{
    private const int Images = 15_000;
    private BenchmarkServers _servers = default!;
    private ConnectionMultiplexer _redis = default!;
    private RedisCacheStore _store = default!;
    private ComputeService _compute = default!;
    private EucaConsole.Domain.Cloud.CloudConnection _connection = default!;
    private SharedCache _cache = default!;
    private IReadOnlyList<Image> _images = [];
    private byte[] _encoded = [];
    private readonly CacheKey _key = CacheKey.For("images", new CacheScope("bench"), "self");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _servers = new BenchmarkServers(Images);
        (_compute, _connection) = BenchmarkCloud.Connect(_servers.MotoEndpoint);
        _images = [.. await _compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, CancellationToken.None)];
        if (_images.Count != Images)
        {
            throw new InvalidOperationException($"moto served {_images.Count} images, expected {Images}");
        }

        _redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{_servers.RedisPort}");
        var options = Options.Create(new CacheOptions());
        _store = new RedisCacheStore(_redis, options);
        _encoded = CacheCodec.Encode(_images);
        await _store.SetAsync(_key.Value, _encoded, TimeSpan.FromHours(1));
        _cache = new SharedCache(options, new CacheMetrics(new PlainMeterFactory()), NullLogger<SharedCache>.Instance, _store);
        await _cache.GetOrCreateAsync(_key, CacheRegion.DefaultTerm, _ => Task.FromResult(_images), CancellationToken.None);
        var uncompressed = MessagePack.MessagePackSerializer.Serialize(_images, MessagePack.Resolvers.ContractlessStandardResolver.Options).Length;
        Console.WriteLine($"// {Images} images: MessagePack {uncompressed:N0} bytes, stored (zstd) {_encoded.Length:N0} bytes = {_encoded.Length / 1048576.0:F3} MiB");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cache.Dispose();
        _connection.Dispose();
        _redis.Dispose();
        _servers.Dispose();
    }

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

    [Benchmark(Description = "uncached DescribeImages of the same 15k images from moto_server")]
    public async Task<int> DescribeImagesFromMoto() => (await _compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, CancellationToken.None)).Count;
}
