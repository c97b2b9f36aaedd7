namespace EucaConsole.Domain.Cloud;

/// <summary>Where a cloud's instance types come from.</summary>
public enum InstanceTypeSource
{
    /// <summary>EC2's DescribeInstanceTypes (instanceTypeSet, vCPU and memory info, architectures).</summary>
    Ec2,

    /// <summary>Eucalyptus's VM-type extension of DescribeInstanceTypes (instanceTypeDetails: cpu, memory, disk).</summary>
    EucalyptusVmTypes,
}
