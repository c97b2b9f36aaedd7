using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using Microsoft.Extensions.Options;

namespace EucaConsole.Domain.SignIn;

/// <summary>
/// The same credentials in another region of the same cloud: only a region the cloud lists for this
/// account (DescribeRegions, asked as the user) is accepted. On AWS the endpoints follow the region; on a
/// compatible endpoint or the sandbox the region is the signing region; on Eucalyptus the compute
/// endpoint the cloud names for the region is used.
/// </summary>
public sealed class RegionSwitch
{
    private readonly IOptions<CloudAccessOptions> options;
    private readonly Amazon.Runtime.HttpClientFactory? httpClients;

    /// <summary>Internal: the SDK's HTTP factory is the domain's business (see DomainServiceCollectionExtensions).</summary>
    internal RegionSwitch(IOptions<CloudAccessOptions> options, Amazon.Runtime.HttpClientFactory? httpClients = null)
    {
        this.options = options;
        this.httpClients = httpClients;
    }

    public async Task<SignedInSession> SwitchAsync(SignedInSession session, string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(region);
        using var connection = new CloudConnection(new Fixed(session), options, httpClients);
        var regions = await new ComputeBasicsService(new Ec2Calls(connection), connection).DescribeRegionsAsync(cancellationToken).ConfigureAwait(false);
        var chosen = regions.FirstOrDefault(r => string.Equals(r.Name, region, StringComparison.Ordinal))
            ?? throw new ArgumentException($"{region} is not a region this cloud lists for your account.", nameof(region));
        var profile = session.Profile with { Region = chosen.Name };
        if (session.Profile.Kind == CloudKind.Eucalyptus && Uri.TryCreate(chosen.Endpoint, UriKind.Absolute, out var endpoint))
        {
            profile = profile with
            {
                Overrides = new Dictionary<CloudService, Uri>(session.Profile.Overrides) { [CloudService.Compute] = endpoint },
            };
        }

        return session with { Profile = profile };
    }

    private sealed class Fixed(SignedInSession session) : ICloudSessionSource
    {
        public Task<SignedInSession> GetSessionAsync(CancellationToken cancellationToken) => Task.FromResult(session);
    }
}
