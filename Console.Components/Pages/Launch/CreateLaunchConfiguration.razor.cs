using EucaConsole.Components.Wizards;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Launching;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace EucaConsole.Components.Pages.Launch;

/// <summary>
/// The launch-configuration wizard: the launch wizard's image, type and details steps, a name, review;
/// then the offer of a scaling group on it.
/// </summary>
public partial class CreateLaunchConfiguration
{
    private static readonly IReadOnlyList<string> Steps = ["Image", "Type", "Details", "Name", "Review"];

    private static readonly IReadOnlyList<string?> RuleSets = [WizardStep.Image, WizardStep.Type, WizardStep.Details, WizardStep.Name, null];

    private readonly LaunchConfigurationForm _form = new();
    private WizardState<LaunchConfigurationForm> _wizard = default!;
    private Image? _image;
    private bool _busy;
    private CloudException? _error;
    private string? _created;
    private RoleProfile? _profile;
    private string? _groupCreated;

    [Inject] private IValidator<LaunchConfigurationForm> Validator { get; set; } = default!;

    [Inject] private LaunchConfigurationMaker Maker { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "image")] public string? ImageId { get; set; }

    private async Task ImageChosenAsync(Image image)
    {
        _image = image;
        // The step said "Choose an image." until now: say what still blocks it, if anything.
        await _wizard.RecheckAsync();
    }

    protected override void OnInitialized()
    {
        _wizard = new WizardState<LaunchConfigurationForm>(_form, Validator, RuleSets);
        _form.UseImageFromLink(ImageId);
    }

    private async Task CreateAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            _profile = await Maker.CreateAsync(_form, CancellationToken.None);
            _created = _form.Name;
            Snackbar.Add(L["Launch configuration {0} created", _form.Name], Severity.Success);
        }
        catch (ValidationException invalid)
        {
            await _wizard.ShowFirstInvalidStepAsync(invalid);
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
