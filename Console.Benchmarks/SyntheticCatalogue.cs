using System.Globalization;
using System.Text.Json;

namespace EucaConsole.Benchmarks;

/// <summary>
/// 15,000 images shaped like a real account's DescribeImages result (names, descriptions, platforms,
/// architectures, root devices, tags), written as a moto AMI file so moto serves them as owned images.
/// </summary>
public static class SyntheticCatalogue
{
    public const string Owner = "123456789012";

    public static string Write(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"euca-bench-amis-{count}.json");
        if (File.Exists(path))
        {
            return path;
        }

        string[] distributions = ["amzn2-ami-hvm", "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04", "debian-12", "RHEL-9.3.0_HVM", "CentOS-7-x86_64", "Windows_Server-2022-English-Full-Base", "suse-sles-15-sp5"];
        string[] teams = ["web", "payments", "search", "data", "platform", "ml", "mobile-backend"];
        var amis = Enumerable.Range(0, count).Select(i =>
        {
            var distribution = distributions[i % distributions.Length];
            var windows = distribution.StartsWith("Windows", StringComparison.Ordinal);
            var architecture = i % 9 == 0 ? "i386" : i % 5 == 0 ? "arm64" : "x86_64";
            var team = teams[i % teams.Length];
            var name = string.Create(CultureInfo.InvariantCulture, $"{team}-{distribution}-{architecture}-build-{20200101 + (i % 1900)}-{i:00000}");
            return new Dictionary<string, object?>
            {
                ["ami_id"] = string.Create(CultureInfo.InvariantCulture, $"ami-{i:x8}{i * 7919 % 0xffff:x4}a1b2c"),
                ["state"] = "available",
                ["public"] = false,
                ["owner_id"] = Owner,
                ["image_location"] = $"{Owner}/{name}",
                ["sriov"] = "simple",
                ["root_device_type"] = i % 11 == 0 ? "instance-store" : "ebs",
                ["root_device_name"] = windows ? "/dev/sda1" : "/dev/xvda",
                ["description"] = $"{team} team image on {distribution} ({architecture}), CI pipeline build {i}, hardened baseline v{i % 40}",
                ["image_type"] = "machine",
                ["platform"] = windows ? "windows" : null,
                ["architecture"] = architecture,
                ["name"] = name,
                ["virtualization_type"] = "hvm",
                ["hypervisor"] = "xen",
                ["tags"] = new Dictionary<string, string>
                {
                    ["Name"] = name,
                    ["Team"] = team,
                    ["CostCenter"] = string.Create(CultureInfo.InvariantCulture, $"cc-{1000 + (i % 97)}"),
                    ["Pipeline"] = string.Create(CultureInfo.InvariantCulture, $"build-{i % 500}"),
                },
            };
        });
        File.WriteAllText(path, JsonSerializer.Serialize(amis));
        return path;
    }
}
