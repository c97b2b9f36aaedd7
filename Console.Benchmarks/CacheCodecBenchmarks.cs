using BenchmarkDotNet.Attributes;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Benchmarks;

/// <summary>
/// The codec alone on 15,000 synthetic images (no servers): what reading a cached image list costs in
/// this process once Redis has answered. Quick to run while working on the codec.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[InProcess]
public class CacheCodecBenchmarks
{
    private IReadOnlyList<Image> _images = [];
    private byte[] _encoded = [];

    [GlobalSetup(Target = nameof(Decode))]
    public void Setup()
    {
        _images = SyntheticImages.Create(15_000);
        _encoded = CacheCodec.Encode(_images);
        Console.WriteLine($"// 15,000 synthetic images stored as {_encoded.Length:N0} bytes");
    }

    private byte[] _packed = [];
    private byte[] _frame = [];

    [GlobalSetup(Target = nameof(UnpackOnly) + "," + nameof(DeserializeOnly))]
    public void SetupParts()
    {
        Setup();
        _packed = MessagePack.MessagePackSerializer.Serialize(_images, MessagePack.Resolvers.ContractlessStandardResolver.Options);
        using var compressor = new ZstdSharp.Compressor(6);
        _frame = compressor.Wrap(_packed).ToArray();
    }

    [Benchmark(Description = "zstd unpack only (one frame, whole list)")]
    public int UnpackOnly()
    {
        using var decompressor = new ZstdSharp.Decompressor();
        return decompressor.Unwrap(_frame).Length;
    }

    [Benchmark(Description = "MessagePack deserialize only (whole list, one thread)")]
    public int DeserializeOnly() =>
        MessagePack.MessagePackSerializer.Deserialize<IReadOnlyList<Image>>(_packed, MessagePack.Resolvers.ContractlessStandardResolver.Options).Count;

    [Benchmark(Description = "decode 15k images as the cache stores them (segments in parallel)")]
    public int Decode() => CacheCodec.Decode<IReadOnlyList<Image>>(_encoded).Count;
}
