using System.Xml.Linq;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Compute;

/// <summary>
/// Reads Eucalyptus's answer to DescribeInstanceTypes (its VM-type extension, euca-instance-types.xml in
/// eucalyptus/eucalyptus v4.4.2): <c>instanceTypeDetails/item</c> with <c>name</c>, <c>cpu</c>,
/// <c>memory</c> (MiB) and <c>disk</c> (GiB). The AWS SDK looks for <c>instanceTypeSet</c> and would
/// read an empty list. Eucalyptus types are not bound to an architecture. An EC2-shaped answer is read too.
/// </summary>
public static class EucalyptusVmTypes
{
    public const string Action = "DescribeInstanceTypes";

    public static IReadOnlyList<InstanceTypeInfo> Read(XElement reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Child("instanceTypeDetails") is { } details)
        {
            return [.. Items(details).Select(item => new InstanceTypeInfo(
                item.Required("name"), item.Number("cpu"), item.Number("memory"), [], item.Number("disk")))];
        }

        // An endpoint that speaks Eucalyptus's paths but answers in EC2's shape (a later release, an emulator).
        if (reply.Child("instanceTypeSet") is { } set)
        {
            return [.. Items(set).Select(item => new InstanceTypeInfo(
                item.Required("instanceType"), item.Child("vCpuInfo")?.Number("defaultVCpus"), item.Child("memoryInfo")?.Number("sizeInMiB"),
                [.. item.Child("processorInfo")?.Child("supportedArchitectures") is { } architectures ? Items(architectures).Select(a => a.Value) : []]))];
        }

        throw new FormatException($"<{reply.Name.LocalName}> has neither <instanceTypeDetails> nor <instanceTypeSet>: not an instance-type reply");
    }

    private static IEnumerable<XElement> Items(XElement list) => list.Elements().Where(e => e.Name.LocalName == "item");
}
