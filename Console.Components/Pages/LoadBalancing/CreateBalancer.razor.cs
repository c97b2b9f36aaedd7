using EucaConsole.Components.Catalog;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.LoadBalancing;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace EucaConsole.Components.Pages.LoadBalancing;

/// <summary>
/// A load balancer in four parts (name and zones, listeners, health check, instances) and a review; every
/// rule ELB enforces is checked before the first call, and a failure after the balancer exists says what was done.
/// </summary>
public partial class CreateBalancer
{
    private readonly BalancerForm _form = new();
    private IReadOnlyList<string> _zones = [];
    private IReadOnlyList<ServerCertificate> _certificates = [];
    private IReadOnlyList<Instance> _instances = [];
    private IReadOnlyList<Subnet> _subnets = [];
    private IReadOnlyList<SecurityGroup> _groups = [];
    private bool _inSubnets;
    private IReadOnlyList<string> _errors = [];
    private string? _instanceFilter;
    private bool _loading = true;
    private bool _reviewed;
    private bool _busy;
    private CloudException? _loadError;
    private CloudException? _createError;

    [Inject] private IComputeBasics Basics { get; set; } = default!;

    [Inject] private IInstanceService InstancesCloud { get; set; } = default!;

    [Inject] private ISecurityGroupService GroupsCloud { get; set; } = default!;

    [Inject] private IIdentityService Identity { get; set; } = default!;

    [Inject] private BalancerMaker Maker { get; set; } = default!;

    [Inject] private IValidator<BalancerForm> Validator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        _loadError = null;
        try
        {
            var certificates = Identity.ListServerCertificatesAsync(CancellationToken.None);
            var instances = InstancesCloud.DescribeInstancesAsync(CancellationToken.None);
            _zones = [.. (await Basics.DescribeAvailabilityZonesAsync(CancellationToken.None)).Select(z => z.Name)];
            _certificates = await certificates;
            _instances = [.. (await instances).Where(i => i.State == "running")];
            try
            {
                _subnets = await Basics.DescribeSubnetsAsync(CancellationToken.None);
                _groups = _subnets.Count > 0 ? await GroupsCloud.DescribeSecurityGroupsAsync(CancellationToken.None) : [];
            }
            catch (CloudException)
            {
                // A cloud without VPCs (EC2-Classic, Eucalyptus without VPC) places balancers in zones only.
                _subnets = [];
            }
            if (_form.Zones.Count == 0 && _zones.Count > 0)
            {
                _form.Zones.Add(_zones[0]);
            }
        }
        catch (CloudException error)
        {
            _loadError = error;
        }
        finally
        {
            _loading = false;
        }
    }

    private string? VpcOfSubnets => _subnets.FirstOrDefault(s => _form.Subnets.Contains(s.Id))?.VpcId;

    private void PlacementChanged(bool inSubnets)
    {
        _inSubnets = inSubnets;
        _form.Subnets.Clear();
        _form.SecurityGroups.Clear();
        _reviewed = false;
    }

    /// <summary>One subnet per zone, all of one VPC: choosing another in the same zone replaces it.</summary>
    private void ToggleSubnet(Subnet subnet, bool on)
    {
        _form.Subnets.RemoveAll(id => _subnets.FirstOrDefault(s => s.Id == id) is { } other
            && (other.AvailabilityZone == subnet.AvailabilityZone || other.VpcId != subnet.VpcId) && on);
        _form.Subnets.Remove(subnet.Id);
        if (on)
        {
            _form.Subnets.Add(subnet.Id);
        }

        _form.Zones = [.. _subnets.Where(s => _form.Subnets.Contains(s.Id)).Select(s => s.AvailabilityZone)];
        _form.SecurityGroups.RemoveAll(id => _groups.FirstOrDefault(g => g.Id == id)?.VpcId != VpcOfSubnets);
        _reviewed = false;
    }

    private static void Toggle(List<string> list, string item, bool on)
    {
        list.Remove(item);
        if (on)
        {
            list.Add(item);
        }
    }

    private IReadOnlyList<Instance> CandidateInstances => [.. _instances.Where(i => _form.Zones.Contains(i.AvailabilityZone))
        .Where(i => string.IsNullOrWhiteSpace(_instanceFilter) || $"{i.Id} {i.Name}".Contains(_instanceFilter.Trim(), StringComparison.OrdinalIgnoreCase))];

    private void ToggleZone(string zone, bool on)
    {
        if (on)
        {
            _form.Zones.Add(zone);
        }
        else
        {
            _form.Zones.Remove(zone);
            // An instance outside the balancer's zones would get no traffic.
            _form.InstanceIds.RemoveAll(id => _instances.FirstOrDefault(i => i.Id == id)?.AvailabilityZone == zone);
        }

        _reviewed = false;
    }

    private void ToggleInstance(string id, bool on)
    {
        if (on)
        {
            _form.InstanceIds.Add(id);
        }
        else
        {
            _form.InstanceIds.Remove(id);
        }

        _reviewed = false;
    }

    private void AddListener() => _form.Listeners.Add(new ListenerRow { Protocol = "HTTPS", LoadBalancerPort = 443 });

    private string CertificateName(string arn) => _certificates.FirstOrDefault(c => c.Arn == arn)?.Name ?? arn;

    private void Review()
    {
        var result = Validator.Validate(_form);
        _errors = [.. result.Errors.Select(e => e.ErrorMessage).Distinct()];
        _reviewed = result.IsValid;
    }

    private async Task CreateAsync()
    {
        _busy = true;
        _createError = null;
        try
        {
            var made = await Maker.CreateAsync(_form, CancellationToken.None);
            Snackbar.Add(made.Describe(), made.Problem is null ? Severity.Success : Severity.Warning,
                options => options.RequireInteraction = made.Problem is not null);
            Navigation.NavigateTo(ResourceCatalog.LoadBalancers.Detail(made.Name));
        }
        catch (CloudException error)
        {
            _createError = error;
        }
        catch (ValidationException error)
        {
            _errors = [.. error.Errors.Select(e => e.ErrorMessage)];
            _reviewed = false;
        }
        finally
        {
            _busy = false;
        }
    }
}
