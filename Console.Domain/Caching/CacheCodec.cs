using System.Buffers;
using MessagePack;
using MessagePack.Resolvers;
using ZstdSharp;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// Values on the wire: the domain's records in MessagePack (compact, binary; records need no
/// stripping as boto objects did), compressed with Zstandard. Long lists (an account's images) are
/// cut into segments compressed one by one, so that reading them back decodes the segments in
/// parallel. Anything that does not decode is reported as <see cref="CacheCorruptException"/>, which
/// the cache treats as a miss.
/// </summary>
public static class CacheCodec
{
    /// <summary>Lists at least this long are stored as segments of this many items.</summary>
    public const int SegmentItems = 2_500;

    private const int CompressionLevel = 6;

    /// <summary>First byte of a segmented value; a plain value starts with the Zstandard frame magic (0x28).</summary>
    private const byte SegmentedMarker = 0x53;

    /// <summary>A frame claiming more than this when unpacked is treated as corrupt rather than allocated.</summary>
    private const ulong MaxUnpackedBytes = 512UL * 1024 * 1024;

    // Contractless: the domain's records are serialized by their property names, without attributes.
    private static readonly MessagePackSerializerOptions Options = ContractlessStandardResolver.Options
        .WithSecurity(MessagePackSecurity.UntrustedData);

    public static byte[] Encode<T>(T value) =>
        ListCodec<T>.Instance is { } list && value is not null && list.Count(value) >= SegmentItems
            ? list.EncodeSegments(value)
            : Pack(value);

    public static T Decode<T>(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (bytes.Length > 0 && bytes[0] == SegmentedMarker)
            {
                return ListCodec<T>.Instance is { } list
                    ? list.DecodeSegments(bytes[1..])
                    : throw new CacheCorruptException($"a segmented value cannot be a {typeof(T).Name}");
            }

            return Unpack<T>(bytes);
        }
        catch (Exception error) when (error is ZstdException or MessagePackSerializationException or InvalidOperationException
            or ArgumentException or FormatException or OverflowException)
        {
            throw new CacheCorruptException(error.Message, error);
        }
        catch (AggregateException error) when (error.InnerExceptions.Any(e => e is not CacheCorruptException))
        {
            throw new CacheCorruptException(error.InnerExceptions[0].Message, error);
        }
        catch (AggregateException error)
        {
            throw error.InnerExceptions[0];
        }
    }

    private static byte[] Pack<T>(T value)
    {
        var packed = MessagePackSerializer.Serialize(value, Options);
        using var compressor = new Compressor(CompressionLevel);
        return compressor.Wrap(packed).ToArray();
    }

    private static T Unpack<T>(ReadOnlySpan<byte> frame)
    {
        // Unpacked into a pooled buffer and read from there: an image list is ~10 MB unpacked, and
        // copying it again (or leaving it to the large object heap each time) costs the reader.
        var size = Decompressor.GetDecompressedSize(frame);
        if (size is 0 or > MaxUnpackedBytes)
        {
            throw new CacheCorruptException($"the frame says it unpacks to {size:N0} bytes");
        }

        var unpacked = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            using var decompressor = new Decompressor();
            var written = decompressor.Unwrap(frame, unpacked);
            return MessagePackSerializer.Deserialize<T>(new ReadOnlyMemory<byte>(unpacked, 0, written), Options)
                ?? throw new CacheCorruptException("the value decoded to nothing");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(unpacked);
        }
    }

    /// <summary>How a list type (<c>IReadOnlyList&lt;TItem&gt;</c> and the like) is cut into segments and put back together.</summary>
    private abstract class ListCodec<T>
    {
        public static readonly ListCodec<T>? Instance = Create();

        public abstract int Count(T value);

        public abstract byte[] EncodeSegments(T value);

        public abstract T DecodeSegments(ReadOnlySpan<byte> body);

        private static ListCodec<T>? Create()
        {
            var type = typeof(T);
            if (!type.IsInterface || !type.IsGenericType)
            {
                return null;
            }

            var definition = type.GetGenericTypeDefinition();
            if (definition != typeof(IReadOnlyList<>) && definition != typeof(IReadOnlyCollection<>) && definition != typeof(IEnumerable<>))
            {
                return null;
            }

            var codec = typeof(ListCodec<,>).MakeGenericType(type, type.GetGenericArguments()[0]);
            return (ListCodec<T>?)Activator.CreateInstance(codec);
        }
    }

    private sealed class ListCodec<T, TItem> : ListCodec<T>
    {
        public override int Count(T value) => ((IReadOnlyCollection<TItem>)value!).Count;

        public override byte[] EncodeSegments(T value)
        {
            var items = ((IEnumerable<TItem>)value!).ToArray();
            var segments = items.Chunk(SegmentItems).Select(Pack).ToArray();
            var body = MessagePackSerializer.Serialize(segments, Options);
            var framed = new byte[body.Length + 1];
            framed[0] = SegmentedMarker;
            body.CopyTo(framed, 1);
            return framed;
        }

        public override T DecodeSegments(ReadOnlySpan<byte> body)
        {
            var segments = MessagePackSerializer.Deserialize<byte[][]>(body.ToArray(), Options)
                ?? throw new CacheCorruptException("the segments decoded to nothing");
            var parts = new TItem[segments.Length][];
            Parallel.For(0, segments.Length, i => parts[i] = Unpack<TItem[]>(segments[i]));
            var items = new TItem[parts.Sum(p => p.Length)];
            var at = 0;
            foreach (var part in parts)
            {
                part.CopyTo(items, at);
                at += part.Length;
            }

            return (T)(object)items;
        }
    }
}
