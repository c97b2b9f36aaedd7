using System.Xml.Linq;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Compute;

/// <summary>
/// Reads Eucalyptus's answer to DescribeInstanceTypes (its VM-type extension, euca-instance-types.xml in
/// eucalyptus/eucalyptus v4.4.2): <c>instanceTypeDetails/item</c> with <c>name</c>, <c>cpu</c>,
/// <c>memory</c> (MiB) and <c>disk</c> (GiB). The AWS SDK looks for <c>instanceTypeSet</c> and would
/// read an empty list. Eucalyptus types are not bound to an architecture.
/// </summary>
public static class EucalyptusVmTypes
{
    public const string Action = "DescribeInstanceTypes";

    public static IReadOnlyList<InstanceTypeInfo> Read(XElement reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var details = reply.Child("instanceTypeDetails")
            ?? throw new FormatException($"<{reply.Name.LocalName}> has no <instanceTypeDetails>: not a Eucalyptus VM-type reply");
        return [.. details.Elements().Where(e => e.Name.LocalName == "item").Select(item => new InstanceTypeInfo(
            item.Required("name"), item.Number("cpu"), item.Number("memory"), [], item.Number("disk")))];
    }
}
