using System.Xml.Linq;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Tests.Domain.Compute;

public sealed class EucalyptusVmTypesTests
{
    // Hand-written from eucalyptus/eucalyptus v4.4.2: clc/modules/compute-common/src/main/resources/euca-instance-types.xml
    // (mapping DescribeInstanceTypesResponseType: instanceTypeDetails/item of VmTypeDetails: name, cpu, disk, memory,
    // networkInterfaces, availability/item, ephemeralDisk/item), in the namespace of the 2016-09-15 binding.
    private const string Reply = """
        <DescribeInstanceTypesResponseType xmlns="http://ec2.amazonaws.com/doc/2016-09-15/">
          <requestId>5c7a1c3e-0c4b-4ad0-9b8d-2f7e0e0e0e0e</requestId>
          <instanceTypeDetails>
            <item>
              <name>m1.small</name><cpu>1</cpu><disk>5</disk><memory>256</memory><networkInterfaces>1</networkInterfaces>
              <availability/><ephemeralDisk/>
            </item>
            <item>
              <name>c1.xlarge</name><cpu>2</cpu><disk>10</disk><memory>2048</memory><networkInterfaces>2</networkInterfaces>
              <availability><item><name>c1.xlarge</name><zoneName>one</zoneName><max>8</max><available>8</available></item></availability>
              <ephemeralDisk><item><virtualDeviceName>ephemeral0</virtualDeviceName><deviceName>sdb</deviceName><size>10</size><format>ext3</format></item></ephemeralDisk>
            </item>
          </instanceTypeDetails>
        </DescribeInstanceTypesResponseType>
        """;

    [Fact]
    public void The_vm_type_reply_gives_each_types_cpu_memory_and_disk_for_any_architecture()
    {
        var types = EucalyptusVmTypes.Read(XElement.Parse(Reply));

        Assert.Equal(
            [new InstanceTypeInfo("m1.small", 1, 256, [], 5).ToString(), new InstanceTypeInfo("c1.xlarge", 2, 2048, [], 10).ToString()],
            types.Select(t => t.ToString()));
        Assert.All(types, t => Assert.Empty(t.Architectures));
    }

    [Fact]
    public void An_ec2_shaped_reply_is_read_as_ec2s_and_anything_else_is_malformed_not_empty()
    {
        var ec2 = XElement.Parse("""
            <DescribeInstanceTypesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><instanceTypeSet><item>
              <instanceType>t2.micro</instanceType><vCpuInfo><defaultVCpus>1</defaultVCpus></vCpuInfo><memoryInfo><sizeInMiB>1024</sizeInMiB></memoryInfo>
              <processorInfo><supportedArchitectures><item>i386</item><item>x86_64</item></supportedArchitectures></processorInfo>
            </item></instanceTypeSet></DescribeInstanceTypesResponse>
            """);

        var type = Assert.Single(EucalyptusVmTypes.Read(ec2));

        Assert.Equal(("t2.micro", 1, 1024L), (type.Name, type.VirtualCpus, type.MemoryMiB!.Value));
        Assert.Equal(["i386", "x86_64"], type.Architectures);
        Assert.Throws<FormatException>(() => EucalyptusVmTypes.Read(XElement.Parse("<DescribeInstanceTypesResponse/>")));
    }

    [Fact]
    public void Eucalyptus_reads_vm_types_and_aws_reads_ec2_types()
    {
        Assert.Equal(InstanceTypeSource.EucalyptusVmTypes, CloudProfile.ForEucalyptus("cloud.test", 8773, EucalyptusAddressing.DnsStyle).Dialect.InstanceTypes);
        Assert.Equal(InstanceTypeSource.Ec2, CloudProfile.ForAwsRegion("us-east-1").Dialect.InstanceTypes);
        Assert.Equal(InstanceTypeSource.Ec2, CloudProfile.ForSandbox(new Uri("http://127.0.0.1:5000/"), "us-east-1").Dialect.InstanceTypes);
    }
}
