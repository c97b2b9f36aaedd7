using System.Buffers.Binary;
using System.Text;

namespace EucaConsole.LoadTest.Client;

/// <summary>
/// Reads the binary render batch the server sends in "JS.RenderBatch" (the layout of ASP.NET Core's
/// RenderBatchWriter): sections, then an index of five section offsets at the end.
/// </summary>
internal static class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        var end = data.Length - 20;
        var updatedComponents = Int(data, end);
        var referenceFrames = Int(data, end + 4);
        var disposedComponents = Int(data, end + 8);
        var stringTable = Int(data, end + 16);

        var strings = new string[(end - stringTable) / 4];
        for (var i = 0; i < strings.Length; i++)
        {
            var at = Int(data, stringTable + (i * 4));
            var length = Leb128(data, at, out var prefix);
            strings[i] = Encoding.UTF8.GetString(data.Slice(at + prefix, length));
        }

        var diffs = new List<ComponentDiff>();
        var diffCount = Int(data, updatedComponents);
        for (var i = 0; i < diffCount; i++)
        {
            var at = Int(data, updatedComponents + 4 + (i * 4));
            var componentId = Int(data, at);
            var editCount = Int(data, at + 4);
            var edits = new Edit[editCount];
            for (var e = 0; e < editCount; e++)
            {
                var edit = at + 8 + (e * EditSize);
                edits[e] = new Edit((EditType)Int(data, edit), Int(data, edit + 4), Int(data, edit + 8), String(data, edit + 12, strings));
            }

            diffs.Add(new ComponentDiff(componentId, edits));
        }

        var frameCount = Int(data, referenceFrames);
        var frames = new Frame[frameCount];
        for (var i = 0; i < frameCount; i++)
        {
            var at = referenceFrames + 4 + (i * FrameSize);
            var type = (FrameType)Int(data, at);
            frames[i] = type switch
            {
                FrameType.Attribute => new Frame(type, 0, String(data, at + 4, strings), String(data, at + 8, strings),
                    BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(at + 12, 8)), 0),
                FrameType.Element => new Frame(type, Int(data, at + 4), String(data, at + 8, strings), null, 0, 0),
                FrameType.Component => new Frame(type, Int(data, at + 4), null, null, 0, Int(data, at + 8)),
                FrameType.Region => new Frame(type, Int(data, at + 4), null, null, 0, 0),
                FrameType.Text or FrameType.Markup => new Frame(type, 0, String(data, at + 4, strings), null, 0, 0),
                _ => new Frame(type, 0, null, null, 0, 0),
            };
        }

        var disposed = new int[Int(data, disposedComponents)];
        for (var i = 0; i < disposed.Length; i++)
        {
            disposed[i] = Int(data, disposedComponents + 4 + (i * 4));
        }

        return new RenderBatch(diffs, frames, disposed);
    }

    private static int Int(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt32LittleEndian(data.Slice(at, 4));

    private static string? String(ReadOnlySpan<byte> data, int at, string[] strings)
    {
        var index = Int(data, at);
        return index >= 0 ? strings[index] : null;
    }

    private static int Leb128(ReadOnlySpan<byte> data, int at, out int length)
    {
        var value = 0;
        var shift = 0;
        length = 0;
        byte current;
        do
        {
            current = data[at + length];
            value |= (current & 0x7f) << shift;
            shift += 7;
            length++;
        }
        while (current >= 0x80 && length < 5);

        return value;
    }
}
