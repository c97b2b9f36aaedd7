using System.Text;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Stacks;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace EucaConsole.Components.Pages.Stacks;

/// <summary>
/// Create a stack from a pasted or uploaded template: its parameters become a form (allowed values as a
/// select, NoEcho as a password field, constraints checked as CloudFormation would) before anything is sent.
/// </summary>
public partial class CreateStack
{
    /// <summary>CloudFormation's limit for a template given in the request.</summary>
    public const int MaxTemplateBytes = 51_200;

    private string _name = string.Empty;
    private string _template = string.Empty;
    private string? _nameProblem;
    private string? _templateProblem;
    private IReadOnlyList<TemplateParameter>? _declared;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);
    private CloudException? _error;
    private bool _busy;

    [Inject] private IStackService StackService { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string TemplateHelp => $"{Encoding.UTF8.GetByteCount(_template):N0} of {MaxTemplateBytes:N0} bytes";

    private static string? Help(TemplateParameter parameter) =>
        string.Join(" ", new[] { parameter.Description, parameter.ConstraintDescription is { } c ? $"({c})" : null }.Where(t => t is { Length: > 0 }));

    private async Task LoadTemplateAsync(InputFileChangeEventArgs e)
    {
        _templateProblem = null;
        if (e.File.Size > MaxTemplateBytes)
        {
            _templateProblem = $"{e.File.Name} is {e.File.Size:N0} bytes; a template given here is limited to {MaxTemplateBytes:N0} bytes.";
            return;
        }

        using var reader = new StreamReader(e.File.OpenReadStream(MaxTemplateBytes));
        _template = await reader.ReadToEndAsync();
        ReadParameters();
    }

    private void ReadParameters()
    {
        _templateProblem = TemplateProblem();
        if (_templateProblem is not null)
        {
            _declared = null;
            return;
        }

        try
        {
            _declared = TemplateParameters.Read(_template);
        }
        catch (FormatException error)
        {
            _templateProblem = error.Message;
            _declared = null;
            return;
        }

        // Values typed so far are kept; new parameters start at their default. NoEcho defaults are not shown.
        foreach (var parameter in _declared)
        {
            if (!_values.ContainsKey(parameter.Key))
            {
                _values[parameter.Key] = parameter.NoEcho ? string.Empty : parameter.Default ?? string.Empty;
            }
        }
    }

    private string? TemplateProblem() =>
        _template.Trim().Length == 0 ? "Paste a template or load one from a file."
        : Encoding.UTF8.GetByteCount(_template) > MaxTemplateBytes
            ? $"The template is {Encoding.UTF8.GetByteCount(_template):N0} bytes; a template given here is limited to {MaxTemplateBytes:N0} bytes."
            : null;

    /// <summary>CloudFormation's stack name rule.</summary>
    internal static string? NameProblem(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Za-z][A-Za-z0-9-]{0,127}$")
            ? null
            : "A stack name starts with a letter and has only letters, digits and hyphens (at most 128).";

    private async Task CreateAsync()
    {
        _nameProblem = NameProblem(_name.Trim());
        ReadParameters();
        _problems.Clear();
        foreach (var parameter in _declared ?? [])
        {
            var value = _values.GetValueOrDefault(parameter.Key) ?? string.Empty;
            // A NoEcho parameter left empty uses its default; anything given is checked like the rest.
            if (value.Length == 0 && parameter.Default is not null)
            {
                continue;
            }

            if (ParameterConstraints.Check(parameter, value) is { } problem)
            {
                _problems[parameter.Key] = problem;
            }
        }

        if (_nameProblem is not null || _templateProblem is not null || _declared is null || _problems.Count > 0)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            var given = _declared.Where(p => _values.GetValueOrDefault(p.Key) is { Length: > 0 })
                .ToDictionary(p => p.Key, p => _values[p.Key], StringComparer.Ordinal);
            await StackService.CreateStackAsync(_name.Trim(), _template, given, CancellationToken.None);
            Navigation.NavigateTo($"/stacks/{Uri.EscapeDataString(_name.Trim())}");
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
