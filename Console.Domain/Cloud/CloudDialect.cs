namespace EucaConsole.Domain.Cloud;

/// <summary>
/// What a kind of cloud understands, decided in one place. AWS (and moto, the sandbox) take tags on
/// the create call, answer DescribeInstanceTypes in EC2's shape and keep role descriptions. Eucalyptus
/// 4.4 (eucalyptus/eucalyptus at v4.4.2) binds EC2 requests by their Version: its newest binding is
/// ec2-2016-09-15-binding.xml, whose RunInstances mapping (ec2-instances-14-05-01.xml) has no
/// TagSpecification, and the binding rejects fields it does not know (UnknownParameterStrategy.ERROR,
/// "Failed to bind the following fields"); its DescribeInstanceTypes answers with its VM-type
/// extension (euca-instance-types.xml: instanceTypeDetails/item with name, cpu, memory, disk); its IAM
/// CreateRole has no Description.
/// </summary>
public sealed record CloudDialect
{
    public required string Name { get; init; }

    /// <summary>Tags ride on the create call (TagSpecification); otherwise CreateTags follows it.</summary>
    public bool TagsOnCreate { get; init; }

    /// <summary>The EC2 API version to send; null sends the SDK's own.</summary>
    public string? ComputeApiVersion { get; init; }

    public InstanceTypeSource InstanceTypes { get; init; }

    /// <summary>IAM keeps a role's description.</summary>
    public bool RoleDescriptions { get; init; }

    public static readonly CloudDialect Aws = new()
    {
        Name = "AWS",
        TagsOnCreate = true,
        ComputeApiVersion = null,
        InstanceTypes = InstanceTypeSource.Ec2,
        RoleDescriptions = true,
    };

    public static readonly CloudDialect Eucalyptus44 = new()
    {
        Name = "Eucalyptus 4.4",
        TagsOnCreate = false,
        ComputeApiVersion = "2016-09-15",
        InstanceTypes = InstanceTypeSource.EucalyptusVmTypes,
        RoleDescriptions = false,
    };

    public static CloudDialect For(CloudKind kind) => kind == CloudKind.Eucalyptus ? Eucalyptus44 : Aws;
}
