using System.Diagnostics;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// moto answering for the region a Eucalyptus cloud signs with ("eucalyptus"), with two zones of its own
/// (eucalyptusa, eucalyptusb) so that default subnets exist and RunInstances works. moto refuses unknown
/// regions unless MOTO_ALLOW_NONEXISTENT_REGION is set, and even then has no zones for them: a small
/// launcher registers the zones before the server starts.
/// </summary>
public sealed class EucalyptusMotoServer : MotoServer
{
    private const string Launcher = """
        import os, sys
        os.environ["MOTO_ALLOW_NONEXISTENT_REGION"] = "true"
        from moto.ec2.models.availability_zones_and_regions import RegionsAndZonesBackend, Region, Zone
        RegionsAndZonesBackend.zones["eucalyptus"] = [
            Zone(region_name="eucalyptus", name="eucalyptusa", zone_id="euca-az1"),
            Zone(region_name="eucalyptus", name="eucalyptusb", zone_id="euca-az2"),
        ]
        RegionsAndZonesBackend.regions.append(Region("eucalyptus", "compute.eucalyptus.internal", "opt-in-not-required"))
        from moto.server import main
        sys.exit(main(sys.argv[1:]))
        """;

    protected override ProcessStartInfo StartInfo(int port)
    {
        var script = Path.Combine(Path.GetTempPath(), $"euca-moto-{port}.py");
        File.WriteAllText(script, Launcher);
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { script, "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["MOTO_ALLOW_NONEXISTENT_REGION"] = "true";
        return start;
    }
}
