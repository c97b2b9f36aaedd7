using System.Globalization;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Benchmarks;

/// <summary>Image records shaped like DescribeImages results, built in memory (no cloud needed).</summary>
public static class SyntheticImages
{
    public static IReadOnlyList<Image> Create(int count)
    {
        string[] distributions = ["amzn2-ami-hvm", "ubuntu-jammy-22.04", "debian-12", "RHEL-9.3.0_HVM", "CentOS-7-x86_64", "Windows_Server-2022-English-Full-Base", "suse-sles-15-sp5"];
        string[] teams = ["web", "payments", "search", "data", "platform", "ml", "mobile-backend"];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var distribution = distributions[i % distributions.Length];
            var architecture = i % 9 == 0 ? "i386" : i % 5 == 0 ? "arm64" : "x86_64";
            var team = teams[i % teams.Length];
            var name = string.Create(CultureInfo.InvariantCulture, $"{team}-{distribution}-{architecture}-build-{20200101 + (i % 1900)}-{i:000000}");
            return new Image(
                string.Create(CultureInfo.InvariantCulture, $"ami-{i:x8}{i * 7919 % 0xffff:x4}a1b2c"), name,
                $"{team} team image on {distribution} ({architecture}), CI pipeline build {i}", "123456789012", null,
                distribution.StartsWith("Windows", StringComparison.Ordinal) ? "windows" : "linux", architecture,
                i % 11 == 0 ? "instance-store" : "ebs", "/dev/xvda", "available", false, "machine", "hvm",
                DateTimeOffset.UnixEpoch.AddDays(i % 2000),
                [new BlockDevice("/dev/xvda", string.Create(CultureInfo.InvariantCulture, $"snap-{i:x12}"), 8 + (i % 5 * 8), "gp3", true, null)],
                [new Tag("Name", name), new Tag("Team", team), new Tag("CostCenter", string.Create(CultureInfo.InvariantCulture, $"cc-{1000 + (i % 97)}"))]);
        })];
    }
}
