using EucaConsole.Domain.Cloud;

namespace EucaConsole.Tests.Domain.Cloud;

public sealed class ServiceEndpointsTests
{
    [Theory]
    [InlineData(CloudService.Compute, "https://ec2.eu-west-1.amazonaws.com/")]
    [InlineData(CloudService.AutoScaling, "https://autoscaling.eu-west-1.amazonaws.com/")]
    [InlineData(CloudService.LoadBalancing, "https://elasticloadbalancing.eu-west-1.amazonaws.com/")]
    [InlineData(CloudService.Identity, "https://iam.amazonaws.com/")]
    [InlineData(CloudService.Tokens, "https://sts.eu-west-1.amazonaws.com/")]
    [InlineData(CloudService.CloudFormation, "https://cloudformation.eu-west-1.amazonaws.com/")]
    public void Aws_region_gives_the_standard_regional_endpoints(CloudService service, string expected) =>
        Assert.Equal(new Uri(expected), ServiceEndpoints.Resolve(CloudProfile.ForAwsRegion("eu-west-1"), service));

    [Fact]
    public void China_regions_use_the_china_dns_suffix() =>
        Assert.Equal(new Uri("https://ec2.cn-north-1.amazonaws.com.cn/"),
            ServiceEndpoints.Resolve(CloudProfile.ForAwsRegion("cn-north-1"), CloudService.Compute));

    [Theory]
    [InlineData(CloudService.Compute, "http://compute.cloud.example.com:8773/")]
    [InlineData(CloudService.AutoScaling, "http://autoscaling.cloud.example.com:8773/")]
    [InlineData(CloudService.LoadBalancing, "http://loadbalancing.cloud.example.com:8773/")]
    [InlineData(CloudService.Identity, "http://euare.cloud.example.com:8773/")]
    [InlineData(CloudService.Tokens, "http://tokens.cloud.example.com:8773/")]
    [InlineData(CloudService.CloudFormation, "http://cloudformation.cloud.example.com:8773/")]
    public void Eucalyptus_dns_style_prefixes_the_service_name_to_the_cloud_host(CloudService service, string expected)
    {
        var profile = CloudProfile.ForEucalyptus("cloud.example.com", 8773, EucalyptusAddressing.DnsStyle);
        Assert.Equal(new Uri(expected), ServiceEndpoints.Resolve(profile, service));
    }

    [Theory]
    [InlineData(CloudService.Compute, "http://10.1.1.1:8773/services/compute")]
    [InlineData(CloudService.AutoScaling, "http://10.1.1.1:8773/services/AutoScaling")]
    [InlineData(CloudService.LoadBalancing, "http://10.1.1.1:8773/services/LoadBalancing")]
    [InlineData(CloudService.Identity, "http://10.1.1.1:8773/services/Euare")]
    [InlineData(CloudService.Tokens, "http://10.1.1.1:8773/services/Tokens")]
    [InlineData(CloudService.CloudFormation, "http://10.1.1.1:8773/services/CloudFormation")]
    public void Eucalyptus_path_style_puts_the_service_under_services_on_the_cloud_host(CloudService service, string expected)
    {
        var profile = CloudProfile.ForEucalyptus("10.1.1.1", 8773, EucalyptusAddressing.PathStyle);
        Assert.Equal(new Uri(expected), ServiceEndpoints.Resolve(profile, service));
    }

    [Fact]
    public void Eucalyptus_over_https_on_another_port_keeps_both()
    {
        var profile = CloudProfile.ForEucalyptus("cloud.example.com", 443, EucalyptusAddressing.DnsStyle, useHttps: true);
        Assert.Equal(new Uri("https://compute.cloud.example.com:443/"), ServiceEndpoints.Resolve(profile, CloudService.Compute));
    }

    [Theory]
    [InlineData(CloudService.Compute)]
    [InlineData(CloudService.Identity)]
    [InlineData(CloudService.CloudFormation)]
    public void Sandbox_serves_every_service_from_its_one_endpoint(CloudService service)
    {
        var profile = CloudProfile.ForSandbox(new Uri("http://127.0.0.1:5123/"), "us-east-1");
        Assert.Equal(new Uri("http://127.0.0.1:5123/"), ServiceEndpoints.Resolve(profile, service));
    }

    [Fact]
    public void Compatible_endpoint_serves_every_service()
    {
        var profile = CloudProfile.ForCompatibleEndpoint(new Uri("https://cloud.example.org:9000/"), "region-one");
        Assert.Equal(new Uri("https://cloud.example.org:9000/"), ServiceEndpoints.Resolve(profile, CloudService.LoadBalancing));
    }

    [Fact]
    public void Configured_override_wins_over_the_derived_endpoint()
    {
        var profile = CloudProfile.ForEucalyptus("cloud.example.com", 8773, EucalyptusAddressing.DnsStyle) with
        {
            Overrides = new Dictionary<CloudService, Uri> { [CloudService.Identity] = new("https://iam.internal:8443/") },
        };

        Assert.Equal(new Uri("https://iam.internal:8443/"), ServiceEndpoints.Resolve(profile, CloudService.Identity));
        Assert.Equal(new Uri("http://compute.cloud.example.com:8773/"), ServiceEndpoints.Resolve(profile, CloudService.Compute));
    }

    [Theory]
    [InlineData(CloudService.Compute, "ec2")]
    [InlineData(CloudService.LoadBalancing, "elasticloadbalancing")]
    [InlineData(CloudService.Identity, "iam")]
    [InlineData(CloudService.Tokens, "sts")]
    public void Signing_names_are_the_sigv4_service_names(CloudService service, string expected) =>
        Assert.Equal(expected, ServiceEndpoints.SigningName(service));
}
