using EucaConsole.Components.Navigation;
using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Events;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Roles;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Identity;

public partial class Roles
{
    private static readonly IReadOnlyList<TableColumn<IamRole>> Columns =
    [
        new("Name", r => r.Name),
        new("Path", r => r.Path),
        new("Trusted", r => string.Join(", ", RoleTrust.Services(r.TrustPolicy))),
        new("Description", r => r.Description),
        new("Created", r => r.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = r => r.Created },
    ];

    private IDisposable? _loadedSubscription;
    private SearchQuery _query = SearchQuery.Empty;
    private SearchIndex<IamRole>? _index;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? _counts;
    private IReadOnlyDictionary<string, IReadOnlyList<FacetOption>>? _dataOptions;
    private DetailRoute<IamRole> _route = default!;

    /// <summary>The role whose details are open (<c>/roles/NAME</c>).</summary>
    [Parameter] public string? RoleName { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = default!;
    private IReadOnlySet<string>? _highlighted;

    [Inject] private IIdentityService Identity { get; set; } = default!;

    [Inject] private RoleRemover Remover { get; set; } = default!;

    [Inject] private EventBus Bus { get; set; } = default!;

    [Inject] private SearchIndexes Indexes { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>A role just made (the create page comes back here with it).</summary>
    [SupplyParameterFromQuery(Name = "created")] public string? Created { get; set; }

    protected override void OnInitialized()
    {
        _highlighted = string.IsNullOrWhiteSpace(Created) ? null : new HashSet<string>(StringComparer.Ordinal) { Created };
        _route = new DetailRoute<IamRole>("/roles", role => role.Name, FindRoleAsync);
        _loadedSubscription = Bus.Subscribe<ItemsLoaded<IamRole>>(loaded =>
        {
            _index = Indexes.For(loaded.Items, RoleSearch.Fields);
            _dataOptions = RoleSearch.Facets.ToDictionary(f => f.Name,
                f => (IReadOnlyList<FacetOption>)[.. _index.Values(f.Name).Order(StringComparer.Ordinal).Take(200).Select(v => new FacetOption(v, v))]);
            _counts = _index.Counts(_query);
            return InvokeAsync(async () =>
            {
                await _route.LoadedAsync(loaded.Items);
                StateHasChanged();
            });
        });
    }

    protected override Task OnParametersSetAsync() => _route.ShowAsync(RoleName);

    private async Task<IamRole?> FindRoleAsync(string name, CancellationToken cancellationToken)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, IamNames.RolePattern))
        {
            return null;
        }

        try
        {
            return await Identity.GetRoleAsync(name, cancellationToken);
        }
        catch (CloudException error) when (error.Code == "NoSuchEntity")
        {
            return null;
        }
    }

    private Task<IReadOnlyList<IamRole>> LoadAsync(CancellationToken cancellationToken) => Identity.ListRolesAsync(cancellationToken);

    private void QueryChanged(SearchQuery query)
    {
        _query = query;
        _counts = _index?.Counts(query);
    }

    private void Open(IamRole role) => Navigation.NavigateTo(_route.OpenUrl(Navigation, role));

    private void CloseDetail(bool open)
    {
        if (!open)
        {
            Navigation.NavigateTo(_route.CloseUrl(Navigation));
        }
    }

    private async Task DeleteAsync(IamRole role)
    {
        if (!await ConfirmDialog.AskAsync(Dialogs, "Delete role",
                "Instances and launch configurations using it lose its permissions. The console first takes it out of its instance profiles, " +
                "deletes its inline policies and detaches its managed policies, as IAM requires. This cannot be undone.",
                [role.Arn], "Delete"))
        {
            return;
        }

        try
        {
            var report = await Remover.DeleteAsync(role.Name, CancellationToken.None);
            Snackbar.Add(report.Describe(), Severity.Success, options => options.RequireInteraction = true);
            CloseDetail(false);
            await Bus.PublishAsync(new RefreshRequested("roles"));
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
