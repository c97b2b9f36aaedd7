using System.Globalization;
using EucaConsole.Components.Catalog;
using EucaConsole.Components.Session;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Dashboard;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.LoadBalancing;
using EucaConsole.Domain.Scaling;
using EucaConsole.Domain.SignIn;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Dashboard;

public partial class Dashboard : IDisposable
{
    private const string AllZones = "";
    private readonly CancellationTokenSource _leaving = new();
    private SignedInSession? _session;
    private IReadOnlyList<DashboardTile> _tiles = [];
    private IReadOnlyList<string> _zones = [];
    private CloudException? _zonesError;
    private string? _zoneProblem;
    private string _zone = AllZones;

    [Inject] private CurrentSession CurrentSession { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private IAddressService AddressesCloud { get; set; } = default!;

    [Inject] private IComputeBasics BasicsCloud { get; set; } = default!;

    [Inject] private IImageService ImagesCloud { get; set; } = default!;

    [Inject] private IInstanceService InstancesCloud { get; set; } = default!;

    [Inject] private IKeyPairService KeyPairsCloud { get; set; } = default!;

    [Inject] private ISecurityGroupService GroupsCloud { get; set; } = default!;

    [Inject] private IVolumeService VolumesCloud { get; set; } = default!;

    [Inject] private IScalingService Scaling { get; set; } = default!;

    [Inject] private ILoadBalancingService LoadBalancing { get; set; } = default!;

    [Inject] private IIdentityService Identity { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The zone chosen, from the address (<c>/?zone=us-east-1a</c>).</summary>
    [SupplyParameterFromQuery(Name = "zone")] public string? ZoneFromUrl { get; set; }

    private string? SelectedZone => _zone == AllZones ? null : _zone;

    protected override async Task OnInitializedAsync()
    {
        _zone = string.IsNullOrWhiteSpace(ZoneFromUrl) ? AllZones : ZoneFromUrl.Trim();
        _session = await CurrentSession.GetAsync();
        if (_session is null)
        {
            return;
        }

        _tiles = CreateTiles();
        // Every tile loads at once and shows itself when done; none waits for another.
        foreach (var tile in _tiles)
        {
            _ = ReloadAsync(tile);
        }

        _ = LoadZonesAsync();
    }

    /// <summary>One tile per kind the catalog gives a tile, in the catalog's order; here only how each counts.</summary>
    private IReadOnlyList<DashboardTile> CreateTiles()
    {
        static Func<string?, IReadOnlyList<TileFigure>> Total(int count) => _ => [new TileFigure(string.Empty, count)];
        var counts = new Dictionary<ResourceKind, Func<CancellationToken, Task<Func<string?, IReadOnlyList<TileFigure>>>>>
        {
            [ResourceCatalog.Instances] = async ct =>
            {
                var instances = await InstancesCloud.DescribeInstancesAsync(ct);
                return zone => ResourceCounts.Instances(instances, zone) is var (running, stopped)
                    ? [new TileFigure("running", running), new TileFigure("stopped", stopped)]
                    : [];
            },
            [ResourceCatalog.Images] = async ct => Total((await ImagesCloud.DescribeImagesAsync(ImageQuery.OwnedBySelf, ct)).Count),
            [ResourceCatalog.Volumes] = async ct =>
            {
                var volumes = await VolumesCloud.DescribeVolumesAsync(ct);
                return zone => [new TileFigure(string.Empty, ResourceCounts.Volumes(volumes, zone))];
            },
            [ResourceCatalog.Snapshots] = async ct => Total((await VolumesCloud.DescribeSnapshotsAsync(ct)).Count),
            [ResourceCatalog.SecurityGroups] = async ct => Total((await GroupsCloud.DescribeSecurityGroupsAsync(ct)).Count),
            [ResourceCatalog.KeyPairs] = async ct => Total((await KeyPairsCloud.DescribeKeyPairsAsync(ct)).Count),
            [ResourceCatalog.Addresses] = async ct => Total((await AddressesCloud.DescribeAddressesAsync(ct)).Count),
            [ResourceCatalog.LoadBalancers] = async ct =>
            {
                var balancers = await LoadBalancing.DescribeLoadBalancersAsync(ct);
                return zone => [new TileFigure(string.Empty, ResourceCounts.LoadBalancers(balancers, zone))];
            },
            [ResourceCatalog.LaunchConfigurations] = async ct => Total((await Scaling.DescribeLaunchConfigurationsAsync(ct)).Count),
            [ResourceCatalog.ScalingGroups] = async ct =>
            {
                var groups = await Scaling.DescribeScalingGroupsAsync(ct);
                return zone => [new TileFigure(string.Empty, ResourceCounts.ScalingGroups(groups, zone))];
            },
            [ResourceCatalog.Roles] = async ct => Total((await Identity.ListRolesAsync(ct)).Count),
        };

        // A kind given a tile in the catalog with no count here is a mistake to see at once, not a missing tile.
        return [.. ResourceCatalog.Kinds.Where(k => k.Tile is not null).Select(k => DashboardTile.For(k, counts[k]))];
    }

    private async Task ReloadAsync(DashboardTile tile)
    {
        var loading = tile.LoadAsync(_leaving.Token);
        StateHasChanged();
        try
        {
            await loading;
        }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested)
        {
            return;
        }

        await InvokeAsync(StateHasChanged);
    }

    private async Task LoadZonesAsync()
    {
        try
        {
            _zones = [.. (await BasicsCloud.DescribeAvailabilityZonesAsync(_leaving.Token)).Select(z => z.Name).Order(StringComparer.Ordinal)];
            if (SelectedZone is { } asked && !_zones.Contains(asked))
            {
                _zoneProblem = L["This cloud has no zone {0}; all zones are shown.", asked];
                _zone = AllZones;
            }
        }
        catch (CloudException error)
        {
            _zonesError = error;
        }
        catch (OperationCanceledException) when (_leaving.IsCancellationRequested)
        {
            return;
        }

        await InvokeAsync(StateHasChanged);
    }

    private void ZoneChanged(string zone)
    {
        _zone = zone ?? AllZones;
        // The zone is part of the address: a reload or a shared link shows the same counts.
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("zone", SelectedZone), replace: true);
    }

    public void Dispose()
    {
        _leaving.Cancel();
        _leaving.Dispose();
        GC.SuppressFinalize(this);
    }

    private static IEnumerable<(CloudService Service, Uri Endpoint)> Endpoints(CloudProfile profile) =>
        Enum.GetValues<CloudService>().Select(s => (s, ServiceEndpoints.Resolve(profile, s)));

    private string CloudText(CloudProfile profile) => profile.Kind switch
    {
        CloudKind.Eucalyptus => profile.Addressing == EucalyptusAddressing.DnsStyle
            ? L["Eucalyptus at {0}:{1} (DNS-style service names)", profile.Host ?? string.Empty, profile.Port]
            : L["Eucalyptus at {0}:{1} (path-style service names)", profile.Host ?? string.Empty, profile.Port],
        CloudKind.Sandbox => L["Sandbox cloud (moto) at {0}", profile.EndpointUrl?.ToString() ?? string.Empty],
        _ when profile.EndpointUrl is not null => L["AWS-compatible endpoint {0}", profile.EndpointUrl?.ToString() ?? string.Empty],
        _ => L["Amazon Web Services, {0}", profile.Region ?? string.Empty],
    };

    private string CredentialsText(CloudCredentials credentials)
    {
        if (!credentials.IsTemporary)
        {
            return L["Access key (the endpoint does not issue temporary credentials)"];
        }

        if (credentials.Expiration is not { } expiry)
        {
            return L["Temporary"];
        }

        var left = expiry - Time.GetUtcNow();
        return L["Temporary, valid until {0} UTC ({1} h {2} min left)",
            expiry.UtcDateTime.ToString("g", CultureInfo.CurrentCulture), (int)left.TotalHours, left.Minutes];
    }
}
