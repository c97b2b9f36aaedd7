namespace EucaConsole.Domain.Cloud;

/// <summary>Derives the URL of each cloud service from a profile (see ARCHITECTURE.md, "Endpoints").</summary>
public static class ServiceEndpoints
{
    public static Uri Resolve(CloudProfile profile, CloudService service)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Overrides.TryGetValue(service, out var overridden))
        {
            return overridden;
        }

        return profile.Kind switch
        {
            CloudKind.Aws when profile.EndpointUrl is not null => profile.EndpointUrl,
            CloudKind.Aws => AwsEndpoint(profile.Region, service),
            CloudKind.Eucalyptus => EucalyptusEndpoint(profile, service, profile.Addressing),
            CloudKind.Sandbox => profile.EndpointUrl ?? throw new InvalidOperationException("A sandbox profile needs its endpoint URL."),
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile.Kind, "Unknown cloud kind."),
        };
    }

    /// <summary>Eucalyptus with an explicit addressing style: sign-in tries DNS style first, then path style.</summary>
    public static Uri EucalyptusEndpoint(CloudProfile profile, CloudService service, EucalyptusAddressing addressing)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (string.IsNullOrWhiteSpace(profile.Host))
        {
            throw new InvalidOperationException("A Eucalyptus profile needs its cloud host.");
        }

        var scheme = profile.UseHttps ? "https" : "http";
        return addressing == EucalyptusAddressing.DnsStyle
            ? new Uri($"{scheme}://{EucalyptusDnsName(service)}.{profile.Host}:{profile.Port}/")
            : new Uri($"{scheme}://{profile.Host}:{profile.Port}/services/{EucalyptusPathName(service)}");
    }

    /// <summary>The service name in SigV4 credential scopes (what moto and AWS route on).</summary>
    public static string SigningName(CloudService service) => service switch
    {
        CloudService.Compute => "ec2",
        CloudService.AutoScaling => "autoscaling",
        CloudService.LoadBalancing => "elasticloadbalancing",
        CloudService.Identity => "iam",
        CloudService.Tokens => "sts",
        CloudService.CloudFormation => "cloudformation",
        CloudService.CloudWatch => "monitoring",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    private static Uri AwsEndpoint(string region, CloudService service)
    {
        // China partitions use their own DNS suffix; IAM is global per partition.
        var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        var host = service switch
        {
            CloudService.Compute => $"ec2.{region}.{suffix}",
            CloudService.AutoScaling => $"autoscaling.{region}.{suffix}",
            CloudService.LoadBalancing => $"elasticloadbalancing.{region}.{suffix}",
            CloudService.Identity when suffix == "amazonaws.com" && region.StartsWith("us-gov-", StringComparison.Ordinal) => "iam.us-gov.amazonaws.com",
            CloudService.Identity when suffix == "amazonaws.com" => "iam.amazonaws.com",
            CloudService.Identity => $"iam.{region}.{suffix}",
            CloudService.Tokens => $"sts.{region}.{suffix}",
            CloudService.CloudFormation => $"cloudformation.{region}.{suffix}",
            CloudService.CloudWatch => $"monitoring.{region}.{suffix}",
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
        };
        return new Uri($"https://{host}/");
    }

    private static string EucalyptusDnsName(CloudService service) => service switch
    {
        CloudService.Compute => "compute",
        CloudService.AutoScaling => "autoscaling",
        CloudService.LoadBalancing => "loadbalancing",
        CloudService.Identity => "euare",
        CloudService.Tokens => "tokens",
        CloudService.CloudFormation => "cloudformation",
        CloudService.CloudWatch => "cloudwatch",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    private static string EucalyptusPathName(CloudService service) => service switch
    {
        CloudService.Compute => "compute",
        CloudService.AutoScaling => "AutoScaling",
        CloudService.LoadBalancing => "LoadBalancing",
        CloudService.Identity => "Euare",
        CloudService.Tokens => "Tokens",
        CloudService.CloudFormation => "CloudFormation",
        CloudService.CloudWatch => "CloudWatch",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };
}
