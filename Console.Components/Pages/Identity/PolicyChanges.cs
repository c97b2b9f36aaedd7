using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Localization;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Identity.Access;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EucaConsole.Components.Pages.Identity;

/// <summary>
/// The changes to a user's or group's policies that its detail asks for: the policy edited in its
/// dialog, a removal confirmed, then the change run through <see cref="CloudCommands"/>. The Users and
/// Groups pages answer their details' policy intents with it.
/// </summary>
public sealed class PolicyChanges(IAccessService access, CloudCommands commands, IDialogService dialogs, IStringLocalizer<ConsoleText> l)
{
    public async Task EditInlineAsync(PolicyHolder holder, InlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(policy);
        var reference = await dialogs.ShowAsync<InlinePolicyDialog>(policy.Name is null ? l["Inline policy for {0}", holder.Name] : l["Edit {0}", policy.Name],
            new DialogParameters<InlinePolicyDialog>
            {
                { d => d.Name, policy.Name }, { d => d.Document, policy.Document },
                { d => d.MaxCharacters, holder.Kind == PolicyHolderKind.User ? IamLimits.UserInlinePolicies : IamLimits.GroupInlinePolicies },
            }, DialogSizes.Medium);
        if (await reference.Result is { Canceled: false, Data: (string name, string document) })
        {
            await commands.RunAsync(l["Policy {0} saved", name], ct => access.PutInlinePolicyAsync(holder, name, document, ct));
        }
    }

    public async Task DeleteInlineAsync(PolicyHolder holder, InlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Name is { } name
            && await ConfirmDialog.AskAsync(dialogs, l["Delete inline policy"], l["{0} loses what it allows.", holder.Name], [name], "Delete"))
        {
            await commands.RunAsync(l["Policy {0} deleted", name], ct => access.DeleteInlinePolicyAsync(holder, name, ct));
        }
    }

    public Task AttachAsync(PolicyHolder holder, AttachedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return commands.RunAsync(l["Policy attached"], ct => access.AttachPolicyAsync(holder, policy.Arn, ct));
    }

    public async Task DetachAsync(PolicyHolder holder, AttachedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(policy);
        if (await ConfirmDialog.AskAsync(dialogs, l["Detach policy"], l["{0} loses what it allows; the policy itself is kept.", holder.Name], [policy.Name], "Detach"))
        {
            await commands.RunAsync(l["{0} detached", policy.Name], ct => access.DetachPolicyAsync(holder, policy.Arn, ct));
        }
    }
}
