using System.Diagnostics.Metrics;
using System.Reflection;
using EucaConsole.Domain.Caching;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.SignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Caching;

/// <summary>DescribeRegions answers per account (opt-in regions), so its cached copy is per account too.</summary>
public sealed class RegionsScopeTests
{
    public class RegionsOfAccount : DispatchProxy
    {
        public IReadOnlyList<CloudRegion> Regions { get; set; } = [];

        public int Calls { get; private set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(IAllCompute.DescribeRegionsAsync))
            {
                throw new NotSupportedException(targetMethod?.Name);
            }

            Calls++;
            return Task.FromResult(Regions);
        }
    }

    private static (IAllCompute Compute, RegionsOfAccount Cloud, CloudConnection Connection) UserOf(SharedCache cache, string account,
        string user, params string[] regions)
    {
        var session = new SignedInSession(CloudProfile.ForAwsRegion("us-east-1"),
            new CloudPrincipal(account, user, $"arn:aws:iam::{account}:user/{user}", null), new CloudCredentials("AKID", "secret", null, null));
        var connection = new CloudConnection(new FixedSessionSource(session), Options.Create(new CloudAccessOptions()));
        var inner = DispatchProxy.Create<IAllCompute, RegionsOfAccount>();
        var cloud = (RegionsOfAccount)(object)inner;
        cloud.Regions = [.. regions.Select(r => new CloudRegion(r, $"ec2.{r}.amazonaws.com"))];
        return (Ec2.Cached(inner, cache, connection), cloud, connection);
    }

    [Fact]
    public async Task Two_accounts_see_their_own_regions_and_users_of_one_account_share_one_call()
    {
        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var cache = new SharedCache(Options.Create(new CacheOptions()), new CacheMetrics(metrics.GetRequiredService<IMeterFactory>()),
            NullLogger<SharedCache>.Instance);
        var (alice, aliceCloud, c1) = UserOf(cache, "111111111111", "alice", "us-east-1", "af-south-1");
        var (bob, _, c2) = UserOf(cache, "222222222222", "bob", "us-east-1");
        var (carol, carolCloud, c3) = UserOf(cache, "111111111111", "carol", "us-east-1", "af-south-1");
        using (c1)
        using (c2)
        using (c3)
        {
            Assert.Equal(["us-east-1", "af-south-1"], (await alice.DescribeRegionsAsync(CancellationToken.None)).Select(r => r.Name));
            Assert.Equal(["us-east-1"], (await bob.DescribeRegionsAsync(CancellationToken.None)).Select(r => r.Name));
            Assert.Equal(["us-east-1", "af-south-1"], (await carol.DescribeRegionsAsync(CancellationToken.None)).Select(r => r.Name));
            Assert.Equal(1, aliceCloud.Calls);
            Assert.Equal(0, carolCloud.Calls);
        }
    }

    [Fact]
    public async Task The_in_process_tier_is_bounded_by_items()
    {
        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var cache = new SharedCache(Options.Create(new CacheOptions { LocalSizeLimit = 3 }),
            new CacheMetrics(metrics.GetRequiredService<IMeterFactory>()), NullLogger<SharedCache>.Instance);
        var key = CacheKey.For("lists", new CacheScope("s"), "big");

        var big = await cache.GetOrCreateAsync(key, CacheRegion.DefaultTerm,
            _ => Task.FromResult<IReadOnlyList<int>>([1, 2, 3, 4]), CancellationToken.None);

        Assert.Equal(4, big.Count);
        Assert.False(cache.TryGetLocal<IReadOnlyList<int>>(key, out _), "a list over the limit stayed in memory");
    }
}
