using EucaConsole.Components.Dialogs;
using EucaConsole.Components.Resources;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Launching;
using FluentValidation;
using Severity = MudBlazor.Severity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EucaConsole.Components.Pages.Network;

public partial class KeyPairs
{
    private CreatedKeyPair? _created;

    /// <summary>The key pair whose details are open (<c>/key-pairs/NAME</c>).</summary>
    [Parameter] public string? KeyName { get; set; }

    [Inject] private IKeyPairService KeyPairsCloud { get; set; } = default!;

    [Inject] private IValidator<NewKeyPairForm> Validator { get; set; } = default!;

    public override ResourceDefinition<KeyPair> Definition => KeyPairSearch.Definition;

    public override string? DetailKey => KeyName;

    public override Task<IReadOnlyList<KeyPair>> LoadAsync(CancellationToken cancellationToken) => KeyPairsCloud.DescribeKeyPairsAsync(cancellationToken);

    private async Task CreateAsync()
    {
        var name = await TextPromptDialog.AskAsync(Dialogs, L["Create key pair"], "Name",
            L["The cloud makes the key pair and hands out its private key once; download it right after."], confirmText: "Create", required: true);
        if (name is null)
        {
            return;
        }

        var problems = Validator.Validate(new NewKeyPairForm { Name = name.Trim() }).Errors;
        if (problems.Count > 0)
        {
            Snackbar.Add(string.Join(" ", problems.Select(p => p.ErrorMessage)), Severity.Warning);
            return;
        }

        CreatedKeyPair? created = null;
        if (await RunAsync(L["Key pair {0} created", name.Trim()], async ct => created = await KeyPairsCloud.CreateKeyPairAsync(name.Trim(), ct)))
        {
            _created = created;
            Highlighted = new HashSet<string>(StringComparer.Ordinal) { name.Trim() };
        }
    }

    private async Task ImportAsync()
    {
        var reference = await Dialogs.ShowAsync<ImportKeyPairDialog>(L["Import public key"], new DialogParameters<ImportKeyPairDialog>(),
            DialogSizes.Small);
        if (await reference.Result is { Canceled: false, Data: (string name, string publicKey) }
            && await RunAsync(L["Key pair {0} imported", name], ct => KeyPairsCloud.ImportKeyPairAsync(name, publicKey, ct)))
        {
            Highlighted = new HashSet<string>(StringComparer.Ordinal) { name };
        }
    }

    private async Task DeleteAsync(KeyPair key)
    {
        if (await ConfirmAsync(L["Delete key pair"], L["New instances can no longer be launched with it; running instances keep accepting its private key."],
                [key.Name], "Delete")
            && await RunAsync(L["Key pair {0} deleted", key.Name], ct => KeyPairsCloud.DeleteKeyPairAsync(key.Name, ct)))
        {
            CloseDetail();
        }
    }
}
