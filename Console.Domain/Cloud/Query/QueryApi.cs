namespace EucaConsole.Domain.Cloud.Query;

/// <summary>A Query-protocol API and the version its requests name (from the botocore models).</summary>
public sealed record QueryApi(CloudService Service, string Version)
{
    public static readonly QueryApi AutoScaling = new(CloudService.AutoScaling, "2011-01-01");
    public static readonly QueryApi LoadBalancing = new(CloudService.LoadBalancing, "2012-06-01");
    public static readonly QueryApi Identity = new(CloudService.Identity, "2010-05-08");
    public static readonly QueryApi CloudFormation = new(CloudService.CloudFormation, "2010-05-15");
    public static readonly QueryApi CloudWatch = new(CloudService.CloudWatch, "2010-08-01");

    /// <summary>Eucalyptus's EC2 with its own extensions (VM types), at the newest version Eucalyptus 4.4 binds.</summary>
    public static readonly QueryApi EucalyptusCompute = new(CloudService.Compute, CloudDialect.Eucalyptus44.ComputeApiVersion!);
}
