using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Tables;

/// <summary>
/// One column: its title, the text of a cell (also its sort key unless one is given), an optional
/// template for richer cells, and whether the value is an id worth a copy button.
/// </summary>
public sealed record TableColumn<T>(string Title, Func<T, string?> Text)
{
    public Func<T, IComparable?>? SortKey { get; init; }

    public RenderFragment<T>? Template { get; init; }

    /// <summary>
    /// The cell's content as HTML, for a cell richer than text that needs no handler (a state badge):
    /// it goes into the row's shared markup (<see cref="RowShape{T}"/>) where a template would be render
    /// frames in every circuit. The function encodes whatever it takes from the cloud.
    /// </summary>
    public Func<T, string>? Html { get; init; }

    public bool Copyable { get; init; }

    public bool Sortable { get; init; } = true;

    /// <summary>Left out by default so the table fits a laptop screen; the column chooser brings it back.</summary>
    public bool HiddenByDefault { get; init; }

    public IComparable? SortValue(T item) => SortKey is { } key ? key(item) : Text(item);
}
