using EucaConsole.Components.Catalog;
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
    private bool _fromUrl;
    private string _templateUrl = string.Empty;
    private IReadOnlyList<string> _required = [];
    private bool _acknowledged;
    private readonly List<TagRow> _tags = [];
    private IReadOnlyList<string> _refusals = [];
    private StackSpec? _review;

    /// <summary>CloudFormation's limit of tags on a stack.</summary>
    public const int MaxTags = 50;

    [Inject] private IStackService StackService { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string TemplateHelp => L["{0:N0} of {1:N0} bytes", Encoding.UTF8.GetByteCount(_template), MaxTemplateBytes];

    private static string? Help(TemplateParameter parameter) =>
        string.Join(" ", new[] { parameter.Description, parameter.ConstraintDescription is { } c ? $"({c})" : null }.Where(t => t is { Length: > 0 }));

    private async Task LoadTemplateAsync(InputFileChangeEventArgs e)
    {
        _templateProblem = null;
        if (e.File.Size > MaxTemplateBytes)
        {
            _templateProblem = L["{0} is {1:N0} bytes; a template given here is limited to {2:N0} bytes.", e.File.Name, e.File.Size, MaxTemplateBytes];
            return;
        }

        using var reader = new StreamReader(e.File.OpenReadStream(MaxTemplateBytes));
        _template = await reader.ReadToEndAsync();
        await ReadParametersAsync();
    }

    private void SourceChanged(bool fromUrl)
    {
        _fromUrl = fromUrl;
        _declared = null;
        _review = null;
        _templateProblem = null;
    }

    private async Task ReadParametersAsync()
    {
        _review = null;
        if (_fromUrl)
        {
            await ReadUrlParametersAsync();
            return;
        }

        ReadParameters();
    }

    /// <summary>CloudFormation reads the template at the URL (the console does not fetch it: the server talks only to the cloud).</summary>
    private async Task ReadUrlParametersAsync()
    {
        _templateProblem = UrlProblem(_templateUrl.Trim());
        if (_templateProblem is not null)
        {
            _declared = null;
            return;
        }

        _busy = true;
        try
        {
            var summary = await StackService.ValidateTemplateUrlAsync(_templateUrl.Trim(), CancellationToken.None);
            Declare(summary.Parameters);
            _required = summary.Capabilities;
        }
        catch (CloudException error)
        {
            _templateProblem = error.Describe();
            _declared = null;
        }
        finally
        {
            _busy = false;
        }
    }

    private string? UrlProblem(string url) =>
        url.Length == 0 ? L["Give the template's URL."].Value
        : url.Length > 1024 ? L["A template URL has at most 1,024 characters."].Value
        : !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0
            ? L["A template URL is an https:// address (an S3 object CloudFormation can read)."].Value
            : null;

    private void Declare(IReadOnlyList<TemplateParameter> declared)
    {
        _declared = declared;
        // Values typed so far are kept; new parameters start at their default. NoEcho defaults are not shown.
        foreach (var parameter in declared)
        {
            if (!_values.ContainsKey(parameter.Key))
            {
                _values[parameter.Key] = parameter.NoEcho ? string.Empty : parameter.Default ?? string.Empty;
            }
        }
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
            Declare(TemplateParameters.Read(_template));
            _required = TemplateCapabilities.Required(_template);
        }
        catch (FormatException error)
        {
            _templateProblem = error.Message;
            _declared = null;
        }
    }

    private string? TemplateProblem() =>
        _template.Trim().Length == 0 ? L["Paste a template or load one from a file."].Value
        : Encoding.UTF8.GetByteCount(_template) > MaxTemplateBytes
            ? L["The template is {0:N0} bytes; a template given here is limited to {1:N0} bytes.", Encoding.UTF8.GetByteCount(_template), MaxTemplateBytes].Value
            : null;

    /// <summary>CloudFormation's stack name rule.</summary>
    private string? NameProblem(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Za-z][A-Za-z0-9-]{0,127}$")
            ? null
            : L["A stack name starts with a letter and has only letters, digits and hyphens (at most 128)."].Value;

    /// <summary>Checks everything the cloud would refuse, then shows what will be sent.</summary>
    private void Review()
    {
        _nameProblem = NameProblem(_name.Trim());
        if (!_fromUrl)
        {
            ReadParameters();
        }

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

        var refusals = new List<string>();
        if (_required.Count > 0 && !_acknowledged)
        {
            refusals.Add(L["The template makes IAM resources: tick the acknowledgement to create it."]);
        }

        refusals.AddRange(_tags.Select(TagProblem).OfType<string>().Distinct());
        if (_tags.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() < _tags.Count)
        {
            refusals.Add(L["Each tag key only once."]);
        }

        _refusals = refusals;
        if (_nameProblem is not null || _templateProblem is not null || _declared is null || _problems.Count > 0 || refusals.Count > 0)
        {
            _review = null;
            return;
        }

        var given = _declared.Where(p => _values.GetValueOrDefault(p.Key) is { Length: > 0 })
            .ToDictionary(p => p.Key, p => _values[p.Key], StringComparer.Ordinal);
        _review = new StackSpec(_name.Trim(), _fromUrl ? null : _template, _fromUrl ? _templateUrl.Trim() : null, given, _required,
            [.. _tags.Select(t => new EucaConsole.Domain.Compute.Tag(t.Key.Trim(), t.Value ?? string.Empty))]);
    }

    private string? TagProblem(TagRow tag) =>
        string.IsNullOrWhiteSpace(tag.Key) ? L["Give every tag a key (or remove the row)."].Value
        : tag.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) ? L["Tag keys starting with aws: are reserved."].Value
        : tag.Key.Length > 128 || (tag.Value?.Length ?? 0) > 256 ? L["A tag key has at most 128 characters and a value 256."].Value
        : null;

    private async Task CreateAsync()
    {
        if (_review is not { } spec)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            await StackService.CreateStackAsync(spec, CancellationToken.None);
            Navigation.NavigateTo(ResourceCatalog.Stacks.Detail(spec.Name));
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

    private sealed class TagRow
    {
        public string Key { get; set; } = string.Empty;

        public string? Value { get; set; } = string.Empty;
    }
}
