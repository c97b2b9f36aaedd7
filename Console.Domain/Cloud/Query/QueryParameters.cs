using System.Collections;
using System.Globalization;

namespace EucaConsole.Domain.Cloud.Query;

/// <summary>
/// The flattened name/value pairs of a Query request, with the protocol's list convention
/// (<c>Name.member.1</c>, <c>Name.member.1.Field</c>). Null values are left out.
/// </summary>
public sealed class QueryParameters : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public QueryParameters()
    {
    }

    public QueryParameters(QueryParameters copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        _pairs.AddRange(copy._pairs);
    }

    public string? this[string name] => _pairs.LastOrDefault(p => p.Key == name).Value;

    public QueryParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    public QueryParameters Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryParameters Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary><c>prefix.member.1=a</c>, <c>prefix.member.2=b</c>, ...</summary>
    public QueryParameters AddList(string prefix, IEnumerable<string>? values)
    {
        var index = 1;
        foreach (var value in values ?? [])
        {
            Add($"{prefix}.member.{index++}", value);
        }

        return this;
    }

    /// <summary>Structures in a list: <paramref name="write"/> gets the parameters and <c>prefix.member.N</c>.</summary>
    public QueryParameters AddMembers<T>(string prefix, IEnumerable<T>? items, Action<QueryParameters, string, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var index = 1;
        foreach (var item in items ?? [])
        {
            write(this, $"{prefix}.member.{index++}", item);
        }

        return this;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
