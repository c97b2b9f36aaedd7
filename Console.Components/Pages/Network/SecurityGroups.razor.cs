using EucaConsole.Components.Dialogs;
using EucaConsole.Domain.Firewall;
using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Launching;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace EucaConsole.Components.Pages.Network;

public partial class SecurityGroups
{
    /// <summary>The group whose details are open (<c>/security-groups/sg-…</c>).</summary>
    [Parameter] public string? GroupId { get; set; }

    [Inject] private ISecurityGroupService GroupsCloud { get; set; } = default!;

    [Inject] private IComputeBasics Basics { get; set; } = default!;

    [Inject] private RuleChangeApplier Applier { get; set; } = default!;

    /// <summary>What the last rule change did, for the group it was applied to.</summary>
    private (string GroupId, RuleChangeReport Report)? _ruleReport;

    [Inject] private IValidator<NewSecurityGroupForm> Validator { get; set; } = default!;

    public override ResourceDefinition<SecurityGroup> Definition => SecurityGroupSearch.Definition;

    public override string? DetailKey => GroupId;

    public override Task<IReadOnlyList<SecurityGroup>> LoadAsync(CancellationToken cancellationToken) => GroupsCloud.DescribeSecurityGroupsAsync(cancellationToken);

    private async Task CreateAsync()
    {
        var reference = await Dialogs.ShowAsync<CreateSecurityGroupDialog>(L["Create security group"], new DialogParameters<CreateSecurityGroupDialog>(),
            DialogSizes.Small);
        if (await reference.Result is not { Canceled: false, Data: NewSecurityGroupForm form })
        {
            return;
        }

        if (Validator.Validate(form) is { IsValid: false } invalid)
        {
            Snackbar.Add(string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage)), Severity.Warning);
            return;
        }

        string? id = null;
        if (await RunAsync(L["Security group {0} created; add its rules", form.Name], async ct => id = await GroupsCloud.CreateSecurityGroupAsync(form.Name,
                form.Description, null, ct)) && id is not null)
        {
            Navigation.NavigateTo(ResourceCatalog.SecurityGroups.Detail(id));
        }
    }

    private async Task DeleteAsync(SecurityGroup group)
    {
        // The cloud refuses a group in use (by an instance, or by another group's rule) and says why; that reason is shown as it is.
        if (await ConfirmAsync(L["Delete security group"], L["Instances can no longer be launched in it. This cannot be undone."], [$"{group.Name} ({group.Id})"], "Delete")
            && await RunAsync(L["{0} deleted", group.Name], ct => GroupsCloud.DeleteSecurityGroupAsync(group.Id, ct)))
        {
            CloseDetail();
        }
    }

    private async Task ApplyRulesAsync(SecurityGroup group, RuleChange change)
    {
        string Name(string id) => RuleEditor.SourceName(Items, id);
        var lines = change.Added.Select(r => $"+ {r.Describe(Name)}").Concat(change.Removed.Select(r => $"− {r.Describe(Name)}")).ToList();
        if (!await ConfirmAsync(L["Change the rules of {0}", group.Name],
                L["Additions are applied first, then removals, one call each; if one fails the rest are not tried."], lines, "Apply"))
        {
            return;
        }

        var report = await Commands.RunAsync(ct => Applier.ApplyAsync(group.Id, change, ct),
            r => r.Succeeded ? L["Rules of {0} changed", group.Name] : L["Rules of {0} changed in part: the report under the rules says what was not", group.Name],
            whole: r => r.Succeeded);
        if (report is not null)
        {
            _ruleReport = (group.Id, report);
        }

        // What was applied is now the group's (read again); what was not stays pending for another try.
        await RefreshAsync();
    }

    private Task EditTagsAsync(SecurityGroup group) => EditTagsAsync(Basics, group.Id, group.Name, group.Tags);
}
