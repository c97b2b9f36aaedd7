using EucaConsole.Components.Catalog;
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
/// The launch-instance wizard: image, type and count, details, tags, review. Each step's rules (the
/// validator's rule set of that name) must hold to go on; the launcher checks them all again.
/// </summary>
public partial class LaunchInstance
{
    private static readonly IReadOnlyList<string> Steps = ["Image", "Type and count", "Details", "Tags", "Review"];

    private static readonly IReadOnlyList<string?> RuleSets = [WizardStep.Image, WizardStep.Type, WizardStep.Details, WizardStep.Tags, null];

    private readonly LaunchForm _form = new();
    private WizardState<LaunchForm> _wizard = default!;
    private Image? _image;
    private bool _busy;
    private CloudException? _error;

    [Inject] private IValidator<LaunchForm> Validator { get; set; } = default!;

    [Inject] private InstanceLauncher Launcher { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Preselects an image (the images page's "launch").</summary>
    [SupplyParameterFromQuery(Name = "image")] public string? ImageId { get; set; }

    private async Task ImageChosenAsync(Image image)
    {
        _image = image;
        // The step said "Choose an image." until now: say what still blocks it, if anything.
        await _wizard.RecheckAsync();
    }

    protected override void OnInitialized()
    {
        _wizard = new WizardState<LaunchForm>(_form, Validator, RuleSets);
        _form.UseImageFromLink(ImageId);
    }

    private async Task LaunchAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            var result = await Launcher.LaunchAsync(_form, CancellationToken.None);
            var ids = result.Instances.Select(i => i.Id).ToList();
            var launched = string.Join(", ", ids);
            Snackbar.Add(result.Profile switch
            {
                null => L["Launched {0}", launched],
                { Created: true } used => L["Launched {0} with instance profile {1} (made for this launch)", launched, used.Profile.Name],
                { } used => L["Launched {0} with instance profile {1}", launched, used.Profile.Name],
            }, Severity.Success);
            if (result.TaggingError is { } tagging)
            {
                Snackbar.Add(L["The instances were launched but not tagged: {0}", tagging.Describe()], Severity.Warning,
                    options => options.RequireInteraction = true);
            }

            Navigation.NavigateTo(Routes.InstancesLaunched(ids));
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
