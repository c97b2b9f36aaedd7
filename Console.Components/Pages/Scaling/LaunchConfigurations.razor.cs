using EucaConsole.Components.Navigation;
using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Events;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Scaling;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Scaling;

public partial class LaunchConfigurations
{
    private static readonly IReadOnlyList<TableColumn<LaunchConfiguration>> Columns =
    [
        new("Name", c => c.Name),
        new("Image", c => c.ImageId),
        new("Type", c => c.InstanceType),
        new("Key pair", c => c.KeyName),
        new("Instance profile", c => c.IamInstanceProfile),
        new("Created", c => c.CreatedTime?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = c => c.CreatedTime },
    ];

    private IDisposable? _loadedSubscription;
    private SearchQuery _query = SearchQuery.Empty;
    private SearchIndex<LaunchConfiguration>? _index;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? _counts;
    private IReadOnlyDictionary<string, IReadOnlyList<FacetOption>>? _dataOptions;
    private DetailRoute<LaunchConfiguration> _route = default!;
    private string? _usedByFor;

    /// <summary>The launch configuration whose details are open (<c>/launch-configurations/NAME</c>).</summary>
    [Parameter] public string? ConfigurationName { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = default!;
    private IReadOnlyList<string>? _usedBy;

    [Inject] private IScalingService Scaling { get; set; } = default!;

    [Inject] private EventBus Bus { get; set; } = default!;

    [Inject] private SearchIndexes Indexes { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override void OnInitialized()
    {
        _route = new DetailRoute<LaunchConfiguration>("/launch-configurations", config => config.Name,
            async (name, ct) => (await Scaling.DescribeLaunchConfigurationsAsync(ct, name)).FirstOrDefault(c => c.Name == name));
        _loadedSubscription = Bus.Subscribe<ItemsLoaded<LaunchConfiguration>>(loaded =>
        {
            _index = Indexes.For(loaded.Items, LaunchConfigurationSearch.Fields);
            _dataOptions = LaunchConfigurationSearch.DataFacets.ToDictionary(f => f,
                f => (IReadOnlyList<FacetOption>)[.. _index.Values(f).Order(StringComparer.Ordinal).Take(200).Select(v => new FacetOption(v, v))]);
            _counts = _index.Counts(_query);
            return InvokeAsync(async () =>
            {
                await _route.LoadedAsync(loaded.Items);
                await UsedByAsync();
                StateHasChanged();
            });
        });
    }

    protected override async Task OnParametersSetAsync()
    {
        await _route.ShowAsync(ConfigurationName);
        await UsedByAsync();
    }

    private Task<IReadOnlyList<LaunchConfiguration>> LoadAsync(CancellationToken cancellationToken) =>
        Scaling.DescribeLaunchConfigurationsAsync(cancellationToken);

    private void QueryChanged(SearchQuery query)
    {
        _query = query;
        _counts = _index?.Counts(query);
    }

    private void Open(LaunchConfiguration config) => Navigation.NavigateTo(_route.OpenUrl(Navigation, config));

    private void CloseDetail(bool open)
    {
        if (!open)
        {
            Navigation.NavigateTo(_route.CloseUrl(Navigation));
        }
    }

    /// <summary>The groups using the open launch configuration, listed once per configuration shown.</summary>
    private async Task UsedByAsync()
    {
        if (_route.Item is not { } config || _usedByFor == config.Name)
        {
            return;
        }

        _usedByFor = config.Name;
        _usedBy = null;
        try
        {
            _usedBy = await GroupsUsingAsync(config.Name);
        }
        catch (CloudException error)
        {
            _usedBy = [$"(could not be listed: {error.Describe()})"];
        }
    }

    private async Task<IReadOnlyList<string>> GroupsUsingAsync(string name) =>
        [.. (await Scaling.DescribeScalingGroupsAsync(CancellationToken.None)).Where(g => g.LaunchConfigurationName == name).Select(g => g.Name)];

    private async Task DeleteAsync(LaunchConfiguration config)
    {
        try
        {
            // The cloud refuses too, but with a bare "in use"; this names the groups.
            var users = await GroupsUsingAsync(config.Name);
            if (users.Count > 0)
            {
                Snackbar.Add($"{config.Name} is used by scaling group{(users.Count == 1 ? "" : "s")} {string.Join(", ", users)}; " +
                    "delete those groups or give them another launch configuration first.", Severity.Warning, o => o.RequireInteraction = true);
                return;
            }

            if (!await ConfirmDialog.AskAsync(Dialogs, "Delete launch configuration", "Scaling groups can no longer use it. This cannot be undone.",
                    [config.Name], "Delete"))
            {
                return;
            }

            await Scaling.DeleteLaunchConfigurationAsync(config.Name, CancellationToken.None);
            Snackbar.Add($"{config.Name} deleted", Severity.Success);
            CloseDetail(false);
            await Bus.PublishAsync(new RefreshRequested("launch-configurations"));
        }
        catch (CloudException error)
        {
            Snackbar.Add(error.Describe(), Severity.Error, options => options.RequireInteraction = true);
        }
    }

    public void Dispose()
    {
        _loadedSubscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
