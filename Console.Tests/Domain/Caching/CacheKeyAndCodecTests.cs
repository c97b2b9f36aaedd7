using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Tests.Domain.Caching;

public sealed class CacheKeyAndCodecTests
{
    private static readonly CacheScope Alice = new("http://ec2.test/|us-east-1|arn:aws:iam::1:user/alice");
    private static readonly CacheScope Bob = new("http://ec2.test/|us-east-1|arn:aws:iam::1:user/bob");

    [Fact]
    public void The_same_namespace_scope_and_arguments_give_the_same_key() =>
        Assert.Equal(CacheKey.For("images", Alice, new[] { "self" }, Array.Empty<string>()),
            CacheKey.For("images", Alice, new[] { "self" }, Array.Empty<string>()));

    [Fact]
    public void Another_principal_gets_another_key() =>
        Assert.NotEqual(CacheKey.For("images", Alice, "self"), CacheKey.For("images", Bob, "self"));

    [Fact]
    public void Arguments_cannot_run_into_each_other() =>
        Assert.NotEqual(CacheKey.For("images", Alice, "a,b", "c"), CacheKey.For("images", Alice, "a", "b,c"));

    [Fact]
    public void A_key_shows_its_namespace_but_not_its_scope()
    {
        var key = CacheKey.For("images", Alice, "self");

        Assert.StartsWith("euca:images:", key.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", key.Value, StringComparison.Ordinal);
        Assert.Equal(12 + 64, key.Value.Length);
    }

    [Fact]
    public void Records_round_trip_through_the_codec()
    {
        IReadOnlyList<Image> images =
        [
            new("ami-1", "web", "desc", "123456789012", null, "linux", "x86_64", "ebs", "/dev/xvda", "available", false, "machine", "hvm",
                DateTimeOffset.UnixEpoch, [new BlockDevice("/dev/xvda", "snap-1", 8, "gp3", true, null)], [new Tag("Name", "web")]),
        ];

        var back = CacheCodec.Decode<IReadOnlyList<Image>>(CacheCodec.Encode(images));

        Assert.Equal(images[0] with { BlockDevices = back[0].BlockDevices, Tags = back[0].Tags }, back[0]);
        Assert.Equal(images[0].BlockDevices, back[0].BlockDevices);
        Assert.Equal(images[0].Tags, back[0].Tags);
    }

    [Fact]
    public void Garbage_is_a_corrupt_value_error() =>
        Assert.Throws<CacheCorruptException>(() => CacheCodec.Decode<IReadOnlyList<Image>>(new byte[] { 1, 2, 3, 4, 5, 6 }));

    [Fact]
    public void A_valid_frame_of_the_wrong_shape_is_a_corrupt_value_error() =>
        Assert.Throws<CacheCorruptException>(() => CacheCodec.Decode<IReadOnlyList<Image>>(CacheCodec.Encode("not a list of images")));

    private static IReadOnlyList<Tag> Tags(int count) => [.. Enumerable.Range(0, count).Select(i => new Tag($"k{i}", $"v{i}"))];

    [Fact]
    public void A_long_list_is_stored_in_segments_and_comes_back_whole_and_in_order()
    {
        var tags = Tags(CacheCodec.SegmentItems * 3 + 17);

        var stored = CacheCodec.Encode(tags);
        var back = CacheCodec.Decode<IReadOnlyList<Tag>>(stored);

        Assert.NotEqual(0x28, stored[0]); // not one plain Zstandard frame
        Assert.Equal(tags, back);
    }

    [Fact]
    public void A_short_list_stays_one_frame() =>
        Assert.Equal(0x28, CacheCodec.Encode(Tags(10))[0]);

    [Fact]
    public void A_damaged_segment_is_a_corrupt_value_error()
    {
        var stored = CacheCodec.Encode(Tags(CacheCodec.SegmentItems * 2));
        stored[^5] ^= 0xFF;
        stored[^40] ^= 0xFF;

        Assert.Throws<CacheCorruptException>(() => CacheCodec.Decode<IReadOnlyList<Tag>>(stored));
    }

    [Fact]
    public void Segments_read_as_something_that_is_not_a_list_are_a_corrupt_value_error() =>
        Assert.Throws<CacheCorruptException>(() => CacheCodec.Decode<string>(CacheCodec.Encode(Tags(CacheCodec.SegmentItems))));
}
