using System.Globalization;
using EucaConsole.Components.Session;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.SignIn;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Pages.Dashboard;

public partial class Dashboard
{
    private SignedInSession? _session;

    [Inject] private CurrentSession CurrentSession { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _session = await CurrentSession.GetAsync();

    private static IEnumerable<(CloudService Service, Uri Endpoint)> Endpoints(CloudProfile profile) =>
        Enum.GetValues<CloudService>().Select(s => (s, ServiceEndpoints.Resolve(profile, s)));

    private static string CloudText(CloudProfile profile) => profile.Kind switch
    {
        CloudKind.Eucalyptus => $"Eucalyptus at {profile.Host}:{profile.Port} ({(profile.Addressing == EucalyptusAddressing.DnsStyle ? "DNS-style" : "path-style")} service names)",
        CloudKind.Sandbox => $"Sandbox cloud (moto) at {profile.EndpointUrl}",
        _ when profile.EndpointUrl is not null => $"AWS-compatible endpoint {profile.EndpointUrl}",
        _ => $"Amazon Web Services, {profile.Region}",
    };

    private string CredentialsText(CloudCredentials credentials)
    {
        if (!credentials.IsTemporary)
        {
            return "Access key (the endpoint does not issue temporary credentials)";
        }

        if (credentials.Expiration is not { } expiry)
        {
            return "Temporary";
        }

        var left = expiry - Time.GetUtcNow();
        return string.Create(CultureInfo.InvariantCulture,
            $"Temporary, valid until {expiry:yyyy-MM-dd HH:mm} UTC ({(int)left.TotalHours} h {left.Minutes} min left)");
    }
}
