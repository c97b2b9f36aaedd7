using EucaConsole.Components.Resources;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Scaling;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Scaling;

public partial class LaunchConfigurations
{
    /// <summary>The launch configuration whose details are open (<c>/launch-configurations/NAME</c>).</summary>
    [Parameter] public string? ConfigurationName { get; set; }

    [Inject] private IScalingService Scaling { get; set; } = default!;

    public override ResourceDefinition<LaunchConfiguration> Definition => LaunchConfigurationSearch.Definition;

    public override string? DetailKey => ConfigurationName;

    public override Task<IReadOnlyList<LaunchConfiguration>> LoadAsync(CancellationToken cancellationToken) =>
        Scaling.DescribeLaunchConfigurationsAsync(cancellationToken);

    protected override async Task<LaunchConfiguration?> FindAsync(string key, CancellationToken cancellationToken) =>
        (await Scaling.DescribeLaunchConfigurationsAsync(cancellationToken, key)).FirstOrDefault(c => c.Name == key);

    private async Task DeleteAsync(LaunchConfiguration config)
    {
        try
        {
            // The cloud refuses too, but with a bare "in use"; this names the groups.
            var users = await LaunchConfigurationDetail.GroupsUsingAsync(Scaling, config.Name, Leaving);
            if (users.Count > 0)
            {
                Snackbar.Add($"{config.Name} is used by scaling group{(users.Count == 1 ? "" : "s")} {string.Join(", ", users)}; " +
                    "delete those groups or give them another launch configuration first.", Severity.Warning, o => o.RequireInteraction = true);
                return;
            }
        }
        catch (CloudException error)
        {
            Snackbar.Add(error.Describe(), Severity.Error, options => options.RequireInteraction = true);
            return;
        }

        if (!await ConfirmAsync("Delete launch configuration", "Scaling groups can no longer use it. This cannot be undone.", [config.Name], "Delete"))
        {
            return;
        }

        if (await RunAsync($"{config.Name} deleted", ct => Scaling.DeleteLaunchConfigurationAsync(config.Name, ct)))
        {
            CloseDetail();
        }
    }
}
