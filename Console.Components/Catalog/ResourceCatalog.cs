using MudBlazor;

namespace EucaConsole.Components.Catalog;

/// <summary>
/// Every resource kind the console shows, once. The navigation, the dashboard's tiles, the links between
/// pages (<see cref="ResourceKind.Detail"/>, <see cref="Routes"/>), the pages' routes and the tests' list of
/// pages are all made from here. Adding a kind: one entry here (and its path constant), its page files and
/// its domain service. Route attributes need constants, hence the <c>…Path</c> fields beside the entries.
/// </summary>
public static class ResourceCatalog
{
    public const string Compute = "Compute";
    public const string Storage = "Storage";
    public const string Network = "Network and security";
    public const string Scaling = "Scaling";
    public const string Balancing = "Load balancing";
    public const string Identity = "Identity";
    public const string Stacking = "Stacks";

    public const string DashboardPath = "/";
    public const string InstancesPath = "/instances";
    public const string LaunchInstancesPath = "/instances/launch";
    public const string ImagesPath = "/images";
    public const string VolumesPath = "/volumes";
    public const string SnapshotsPath = "/snapshots";
    public const string SecurityGroupsPath = "/security-groups";
    public const string KeyPairsPath = "/key-pairs";
    public const string AddressesPath = "/addresses";
    public const string VpcsPath = "/vpcs";
    public const string ScalingGroupsPath = "/scaling-groups";
    public const string NewScalingGroupPath = "/scaling-groups/new";
    public const string LaunchConfigurationsPath = "/launch-configurations";
    public const string NewLaunchConfigurationPath = "/launch-configurations/new";
    public const string LoadBalancersPath = "/load-balancers";
    public const string NewLoadBalancerPath = "/load-balancers/new";
    public const string ServerCertificatesPath = "/server-certificates";
    public const string UsersPath = "/users";
    public const string GroupsPath = "/groups";
    public const string RolesPath = "/roles";
    public const string NewRolePath = "/roles/new";
    public const string StacksPath = "/stacks";
    public const string NewStackPath = "/stacks/new";

    /// <summary>The navigation's groups, in their order; a group shows only when it holds a kind.</summary>
    public static readonly IReadOnlyList<string> Services = [Compute, Storage, Network, Scaling, Balancing, Identity, Stacking];

    public static readonly ResourceKind Instances = new(Compute, "Instances", "instances", "instance", Icons.Material.Filled.Dns, InstancesPath)
    {
        Create = new(LaunchInstancesPath, "Launch instances", Icons.Material.Filled.RocketLaunch, InNavigation: true),
        Tile = new("Instances", ZoneFacet: "availability_zone"),
        ExactMatch = true,
    };

    public static readonly ResourceKind Images = new(Compute, "Images", "images", "image", Icons.Material.Filled.Album, ImagesPath)
    {
        Tile = new("Images"),
    };

    public static readonly ResourceKind Volumes = new(Storage, "Volumes", "volumes", "volume", Icons.Material.Filled.Storage, VolumesPath)
    {
        Tile = new("Volumes", ZoneFacet: "availability_zone"),
    };

    public static readonly ResourceKind Snapshots = new(Storage, "Snapshots", "snapshots", "snapshot", Icons.Material.Filled.PhotoCamera, SnapshotsPath)
    {
        Tile = new("Snapshots"),
    };

    public static readonly ResourceKind SecurityGroups = new(Network, "Security groups", "security groups", "security group", Icons.Material.Filled.Security, SecurityGroupsPath)
    {
        Tile = new("Security groups"),
    };

    public static readonly ResourceKind KeyPairs = new(Network, "Key pairs", "key pairs", "key pair", Icons.Material.Filled.VpnKey, KeyPairsPath)
    {
        Tile = new("Key pairs"),
    };

    public static readonly ResourceKind Addresses = new(Network, "Elastic IPs", "addresses", "address", Icons.Material.Filled.Public, AddressesPath)
    {
        Tile = new("Elastic IPs"),
    };

    public static readonly ResourceKind Vpcs = new(Network, "VPCs", "VPCs", "VPC", Icons.Material.Filled.AccountTree, VpcsPath);

    public static readonly ResourceKind ScalingGroups = new(Scaling, "Scaling groups", "scaling groups", "scaling group", Icons.Material.Filled.AutoGraph, ScalingGroupsPath)
    {
        Create = new(NewScalingGroupPath, "Create scaling group", Icons.Material.Filled.Add),
        Tile = new("Scaling groups", ZoneFacet: "availability_zone"),
    };

    public static readonly ResourceKind LaunchConfigurations = new(Scaling, "Launch configurations", "launch configurations", "launch configuration",
        Icons.Material.Filled.SettingsSuggest, LaunchConfigurationsPath)
    {
        Create = new(NewLaunchConfigurationPath, "Create launch configuration", Icons.Material.Filled.Add),
        Tile = new("Launch configurations"),
    };

    public static readonly ResourceKind LoadBalancers = new(Balancing, "Load balancers", "load balancers", "load balancer", Icons.Material.Filled.CallSplit, LoadBalancersPath)
    {
        Create = new(NewLoadBalancerPath, "Create load balancer", Icons.Material.Filled.Add),
        Tile = new("Load balancers", ZoneFacet: "availability_zone"),
    };

    public static readonly ResourceKind ServerCertificates = new(Balancing, "Server certificates", "server certificates", "server certificate",
        Icons.Material.Filled.VerifiedUser, ServerCertificatesPath);

    public static readonly ResourceKind Users = new(Identity, "Users", "users", "user", Icons.Material.Filled.Person, UsersPath);

    public static readonly ResourceKind IamGroups = new(Identity, "Groups", "groups", "group", Icons.Material.Filled.Groups, GroupsPath);

    public static readonly ResourceKind Roles = new(Identity, "Roles", "roles", "role", Icons.Material.Filled.Badge, RolesPath)
    {
        Create = new(NewRolePath, "Create role", Icons.Material.Filled.Add),
        Tile = new("IAM roles"),
    };

    public static readonly ResourceKind Stacks = new(Stacking, "Stacks", "stacks", "stack", Icons.Material.Filled.Layers, StacksPath)
    {
        Create = new(NewStackPath, "Create stack", Icons.Material.Filled.Add),
    };

    /// <summary>Every kind, in the navigation's order.</summary>
    public static readonly IReadOnlyList<ResourceKind> Kinds =
    [
        Instances, Images, Volumes, Snapshots, SecurityGroups, KeyPairs, Addresses, Vpcs, ScalingGroups, LaunchConfigurations, LoadBalancers,
        ServerCertificates, Users, IamGroups, Roles, Stacks,
    ];
}
