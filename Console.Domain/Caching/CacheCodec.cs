using MessagePack;
using MessagePack.Resolvers;
using ZstdSharp;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// Values on the wire: the domain's records in MessagePack (compact, binary; records need no
/// stripping as boto objects did), compressed with Zstandard. Anything that does not decode is
/// reported as <see cref="CacheCorruptException"/>, which the cache treats as a miss.
/// </summary>
public static class CacheCodec
{
    private const int CompressionLevel = 6;

    // Contractless: the domain's records are serialized by their property names, without attributes.
    private static readonly MessagePackSerializerOptions Options = ContractlessStandardResolver.Options
        .WithSecurity(MessagePackSecurity.UntrustedData);

    public static byte[] Encode<T>(T value)
    {
        var packed = MessagePackSerializer.Serialize(value, Options);
        using var compressor = new Compressor(CompressionLevel);
        return compressor.Wrap(packed).ToArray();
    }

    public static T Decode<T>(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var decompressor = new Decompressor();
            var packed = decompressor.Unwrap(bytes);
            return MessagePackSerializer.Deserialize<T>(packed.ToArray(), Options)
                ?? throw new CacheCorruptException("the value decoded to nothing");
        }
        catch (Exception error) when (error is ZstdException or MessagePackSerializationException or InvalidOperationException
            or ArgumentException or FormatException or OverflowException)
        {
            throw new CacheCorruptException(error.Message, error);
        }
    }
}
