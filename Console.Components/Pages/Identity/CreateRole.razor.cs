using EucaConsole.Components.Catalog;
using EucaConsole.Components.Wizards;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Identity.Roles;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace EucaConsole.Components.Pages.Identity;

/// <summary>Create a role: name, path, description, trust (EC2 or custom), optionally an inline policy from a template.</summary>
public partial class CreateRole
{
    private readonly RoleForm _form = new();
    private readonly FormErrors _errors = new();
    private string _template = string.Empty;
    private bool _busy;
    private CloudException? _error;

    [Inject] private IValidator<RoleForm> Validator { get; set; } = default!;

    [Inject] private RoleCreator Creator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private ICloudSessionSource Sessions { get; set; } = default!;

    /// <summary>What the signed-in cloud understands (e.g. whether it keeps a role's description).</summary>
    private CloudDialect _dialect = CloudDialect.Aws;

    protected override async Task OnInitializedAsync() =>
        _dialect = (await Sessions.GetSessionAsync(CancellationToken.None)).Profile.Dialect;

    private void UseTemplate(string key)
    {
        _template = key;
        _form.UseTemplate(PolicyTemplates.Find(key));
    }

    private async Task CreateAsync()
    {
        // The same rules the creator applies, checked here first so problems show beside their fields.
        var result = await Validator.ValidateAsync(_form);
        _errors.Set(result);
        if (!result.IsValid)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            var role = await Creator.CreateAsync(_form, CancellationToken.None);
            Snackbar.Add(L["Role {0} created", role.Name], Severity.Success);
            Navigation.NavigateTo(Routes.RoleCreated(role.Name));
        }
        catch (ValidationException invalid)
        {
            _errors.Set(invalid.Errors);
        }
        catch (CloudException error)
        {
            _error = error;
        }
        finally
        {
            _busy = false;
        }
    }
}
