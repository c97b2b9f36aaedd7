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
        // The cloud refuses too, but with a bare "in use"; this names the groups.
        if (await Commands.ReadAsync(ct => LaunchConfigurationDetail.GroupsUsingAsync(Scaling, config.Name, ct), Leaving) is not { Succeeded: true, Value: var users })
        {
            return;
        }

        if (users.Count > 0)
        {
            Snackbar.Add(users.Count == 1
                ? L["{0} is used by scaling group {1}; delete that group or give it another launch configuration first.", config.Name, users[0]]
                : L["{0} is used by scaling groups {1}; delete those groups or give them another launch configuration first.", config.Name, string.Join(", ", users)],
                Severity.Warning, o => o.RequireInteraction = true);
            return;
        }

        if (!await ConfirmAsync(L["Delete launch configuration"], L["Scaling groups can no longer use it. This cannot be undone."], [config.Name], "Delete"))
        {
            return;
        }

        if (await RunAsync(L["{0} deleted", config.Name], ct => Scaling.DeleteLaunchConfigurationAsync(config.Name, ct)))
        {
            CloseDetail();
        }
    }
}
