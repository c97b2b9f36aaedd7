using System.Globalization;

namespace EucaConsole.LoadTest.StandIn;

/// <summary>A catalogue of machine images as large as a public cloud's, the same on every run (seeded).</summary>
internal sealed record GeneratedImage(string Id, string Name, string Description, string Architecture, string Platform, string RootDeviceType,
    string OwnerId, string? OwnerAlias, bool IsPublic, DateTime Created);

internal static class GeneratedImages
{
    private static readonly string[] Distributions = ["ubuntu", "debian", "centos", "rocky", "amzn2", "fedora", "windows-server", "suse", "alma", "freebsd"];
    private static readonly string[] Purposes = ["minimal", "server", "docker", "gpu", "web", "database", "base", "hardened"];

    public static IReadOnlyList<GeneratedImage> Create(int count)
    {
        var random = new Random(20261127);
        var images = new GeneratedImage[count];
        for (var i = 0; i < count; i++)
        {
            var distribution = Distributions[random.Next(Distributions.Length)];
            var purpose = Purposes[random.Next(Purposes.Length)];
            var version = $"{random.Next(7, 25)}.{random.Next(0, 10)}";
            var architecture = random.Next(4) == 0 ? "arm64" : "x86_64";
            var owned = i % 50 == 0;
            images[i] = new GeneratedImage(
                Id: $"ami-{i + 0x10000000:x8}{random.Next(0x10000):x4}",
                Name: $"{distribution}-{version}-{purpose}-{architecture}-{i:D5}",
                Description: $"{distribution} {version} {purpose} image",
                Architecture: architecture,
                Platform: distribution.StartsWith("windows", StringComparison.Ordinal) ? "windows" : string.Empty,
                RootDeviceType: random.Next(5) == 0 ? "instance-store" : "ebs",
                OwnerId: owned ? "123456789012" : (100000000000 + random.Next(1, 40)).ToString(CultureInfo.InvariantCulture),
                OwnerAlias: owned ? null : random.Next(3) == 0 ? "amazon" : null,
                IsPublic: !owned,
                Created: new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 50_000)));
        }

        return images;
    }
}
