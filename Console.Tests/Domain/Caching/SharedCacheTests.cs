using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Tag = EucaConsole.Domain.Compute.Tag;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.SignIn;
using EucaConsole.Tests.Fixtures;
using StackExchange.Redis;

namespace EucaConsole.Tests.Domain.Caching;

/// <summary>The shared cache against a real redis-server and a real moto_server.</summary>
public sealed class SharedCacheTests(CloudFixture cloud) : IClassFixture<CloudFixture>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    private CacheProcess Process(int maxChunkBytes = 1024 * 1024) => new(cloud.Connect(pageSize: null), _redis, maxChunkBytes);

    private static async Task<string> RegisterImageAsync(IAllCompute compute, string name)
    {
        var volume = await compute.CreateVolumeAsync("us-east-1a", 1, null, null, None);
        var snapshot = await compute.CreateSnapshotAsync(volume.Id, null, None);
        return await compute.RegisterImageAsync(new RegisterImageSpec(name, null, snapshot.Id, "x86_64"), None);
    }

    [Fact]
    public async Task A_hundred_concurrent_cold_reads_make_one_describe_images_call()
    {
        using var process = Process();

        var reads = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            Task.Run(() => process.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None))));

        Assert.Equal(1, process.DescribeImagesCalls);
        Assert.All(reads, list => Assert.Same(reads[0], list));
    }

    [Fact]
    public async Task A_second_process_reads_the_list_from_redis_without_calling_the_cloud()
    {
        using var first = Process();
        using var second = Process();

        var loaded = await first.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);
        var shared = await second.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);

        Assert.Equal(1, first.DescribeImagesCalls);
        Assert.Equal(0, second.DescribeImagesCalls);
        StructuralAssert.Equal(loaded, shared);
    }

    [Fact]
    public async Task Within_a_process_every_circuit_gets_the_same_list_instance()
    {
        using var process = Process();

        var one = await process.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);
        var two = await process.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);

        Assert.Same(one, two);
        Assert.Equal(1, process.DescribeImagesCalls);
    }

    [Fact]
    public async Task Each_image_mutation_invalidates_so_the_next_read_shows_it_in_every_process()
    {
        using var writer = Process();
        using var reader = Process();
        var name = CloudFixture.Unique("cached");
        await reader.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None);

        var imageId = await RegisterImageAsync(writer.Compute, name);
        await WaitForAsync(async () => (await reader.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None)).Any(i => i.Id == imageId));

        await writer.Compute.CreateTagsAsync([imageId], [new Tag("Owner", "ops")], None);
        await WaitForAsync(async () => (await reader.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None))
            .Single(i => i.Id == imageId).Tags.Contains(new Tag("Owner", "ops")));

        await writer.Compute.DeleteTagsAsync([imageId], ["Owner"], None);
        await WaitForAsync(async () => !(await reader.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None))
            .Single(i => i.Id == imageId).Tags.Any(t => t.Key == "Owner"));

        var callsBefore = writer.DescribeImagesCalls;
        await writer.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None);
        await writer.Compute.ModifyLaunchPermissionsAsync(imageId, [new LaunchPermission("111122223333", null)], [], None);
        await writer.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None);
        Assert.Equal(callsBefore + 1, writer.DescribeImagesCalls);

        var instance = (await writer.Compute.RunInstancesAsync(new RunInstancesSpec(imageId, "t3.micro", 1), None))[0];
        var copyId = await writer.Compute.CreateImageAsync(instance.Id, CloudFixture.Unique("copy"), null, noReboot: true, None);
        await WaitForAsync(async () => (await reader.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None)).Any(i => i.Id == copyId));

        await writer.Compute.DeregisterImageAsync(imageId, None);
        await WaitForAsync(async () => (await reader.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None)).All(i => i.Id != imageId));
    }

    [Fact]
    public async Task Two_principals_in_two_accounts_never_see_each_others_cached_images()
    {
        using var otherConnection = cloud.ConnectAs(
            new CloudPrincipal("111111111111", "other", "arn:aws:sts::111111111111:assumed-role/other/test", null), await AssumeRoleInOtherAccountAsync());
        using var mine = Process();
        using var theirs = new CacheProcess(otherConnection, _redis);
        var myImage = await RegisterImageAsync(mine.Compute, CloudFixture.Unique("mine"));
        var theirImage = await RegisterImageAsync(theirs.Compute, CloudFixture.Unique("theirs"));

        var myView = await mine.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None);
        var theirView = await theirs.Compute.DescribeImagesAsync(ImageQuery.OwnedBySelf, None);

        Assert.Contains(myView, i => i.Id == myImage);
        Assert.DoesNotContain(myView, i => i.Id == theirImage);
        Assert.Contains(theirView, i => i.Id == theirImage);
        Assert.DoesNotContain(theirView, i => i.Id == myImage);
        Assert.All(theirView, i => Assert.Equal("111111111111", i.OwnerId));
        Assert.Equal(1, theirs.DescribeImagesCalls);
    }

    [Fact]
    public async Task Reads_survive_a_redis_outage_and_caching_resumes_when_it_returns()
    {
        using var first = Process();
        await first.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);

        _redis.Kill();
        using var duringOutage = Process();
        var fromCloud = await duringOutage.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);
        Assert.NotEmpty(fromCloud);
        Assert.Equal(1, duringOutage.DescribeImagesCalls);

        await _redis.StartAsync();
        using var afterRestart = Process();
        using var sharing = Process();
        await WaitForAsync(async () => await afterRestart.Store!.PingAsync());
        await afterRestart.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);
        await sharing.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);
        Assert.Equal(1, afterRestart.DescribeImagesCalls);
        Assert.Equal(0, sharing.DescribeImagesCalls);

        // The process that saw the outage uses Redis again without a restart.
        await duringOutage.Cache.InvalidateAsync(ImageCache.ImagesKey(CacheScope.PublicFor(await cloud.Connect(null).SessionAsync(None)),
            ImageQuery.AmazonCatalogue));
        await WaitForAsync(async () => (await sharing.Redis.KeyExistsAsync(ImageCache.ImagesKey(
            CacheScope.PublicFor(await cloud.Connect(null).SessionAsync(None)), ImageQuery.AmazonCatalogue).Value)) == false);
    }

    [Fact]
    public async Task A_value_bigger_than_one_store_item_is_split_into_chunks_and_read_back_whole()
    {
        using var writer = Process(maxChunkBytes: 4096);
        using var reader = Process(maxChunkBytes: 4096);

        var written = await writer.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);
        var read = await reader.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);

        Assert.Equal(0, reader.DescribeImagesCalls);
        StructuralAssert.Equal(written, read);
        var key = ImageCache.ImagesKey(CacheScope.PublicFor(await cloud.Connect(null).SessionAsync(None)), ImageQuery.AmazonCatalogue);
        var head = (byte[])(await writer.Redis.StringGetAsync(key.Value))!;
        Assert.Equal(1, head[0]);
        Assert.True(CacheCodec.Encode(written).Length > 4096);
    }

    [Fact]
    public async Task Garbage_under_a_real_key_is_a_miss_not_a_crash_and_is_replaced()
    {
        using var process = Process();
        var key = ImageCache.ImagesKey(CacheScope.For(await cloud.Connect(null).SessionAsync(None)), ImageQuery.OwnedOrShared);
        await process.Redis.StringSetAsync(key.Value, new byte[] { 0, 0x28, 0xB5, 0x2F, 0xFD, 1, 2, 3, 4, 5 });

        var images = await process.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);

        Assert.NotNull(images);
        Assert.Equal(1, process.DescribeImagesCalls);
        using var next = Process();
        StructuralAssert.Equal(images, await next.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None));
        Assert.Equal(0, next.DescribeImagesCalls);
    }

    [Fact]
    public async Task Without_redis_the_in_process_cache_serves()
    {
        using var process = new CacheProcess(cloud.Connect(pageSize: null), redis: null);

        await process.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);
        await process.Compute.DescribeImagesAsync(ImageQuery.AmazonCatalogue, None);

        Assert.Equal("memory", process.Cache.StoreName);
        Assert.Equal(1, process.DescribeImagesCalls);
    }

    private async Task<CloudCredentials> AssumeRoleInOtherAccountAsync()
    {
        using var sts = new AmazonSecurityTokenServiceClient(new BasicAWSCredentials("test-key", "test-secret"),
            new AmazonSecurityTokenServiceConfig { ServiceURL = cloud.Endpoint.ToString(), AuthenticationRegion = "us-east-1" });
        var reply = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = "arn:aws:iam::111111111111:role/other", RoleSessionName = "test" });
        return new CloudCredentials(reply.Credentials.AccessKeyId, reply.Credentials.SecretAccessKey, reply.Credentials.SessionToken, null);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the condition did not become true within 5 s");
    }

    private CacheProcess ProcessAs(string user) => new(cloud.ConnectAs(new CloudPrincipal("123456789012", user, $"arn:aws:iam::123456789012:user/{user}", null),
        new CloudCredentials("test-key", "test-secret", null, null)), _redis);

    [Fact]
    public async Task A_tag_one_user_adds_reaches_another_users_cached_list_in_another_process()
    {
        using var alices = ProcessAs("alice");
        using var bobs = ProcessAs("bob");
        var image = await RegisterImageAsync(alices.Compute, CloudFixture.Unique("shared-view"));
        await alices.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);
        await bobs.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);
        Assert.Equal(1, bobs.DescribeImagesCalls);

        await alices.Compute.CreateTagsAsync([image], [new Tag("reviewed", "yes")], None);

        // Bob's process hears of it (pub/sub) and drops its copy and the stored one; his next read asks the cloud.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        IReadOnlyList<Image> seen;
        do
        {
            seen = await bobs.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);
        }
        while (!seen.Single(i => i.Id == image).Tags.Contains(new Tag("reviewed", "yes")) && DateTime.UtcNow < deadline && await Delay());

        Assert.Contains(new Tag("reviewed", "yes"), seen.Single(i => i.Id == image).Tags);
        Assert.Equal(2, bobs.DescribeImagesCalls);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(100);
        return true;
    }

    [Fact]
    public async Task Forgetting_a_list_makes_the_next_read_ask_the_cloud_and_a_cached_list_says_when_it_was_fetched()
    {
        using var first = Process();
        using var second = Process();

        await first.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);
        var fetched = await first.Compute.ImagesFetchedAtAsync(ImageQuery.OwnedOrShared, None);
        await second.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);

        Assert.NotNull(fetched);
        Assert.Equal(fetched, await second.Compute.ImagesFetchedAtAsync(ImageQuery.OwnedOrShared, None));
        Assert.Equal(0, second.DescribeImagesCalls);

        await second.Compute.ForgetImagesAsync(ImageQuery.OwnedOrShared, None);
        await second.Compute.DescribeImagesAsync(ImageQuery.OwnedOrShared, None);

        Assert.Equal(1, second.DescribeImagesCalls);
    }
}
