namespace EucaConsole.Components.Tables;

/// <summary>
/// A click, key or checkbox change on a table row, as the browser reports it to the table's body
/// (the custom events rowclick, rowkeydown and rowselect of Console.Components.lib.module.js): which
/// row (its <c>data-key</c>) and, for keys, which key. An empty <see cref="RowKey"/> is a click that
/// belongs to a control inside the row, not to the row.
/// </summary>
/// <remarks>
/// A table listens once, on its body, instead of a handler per row: every row's handlers were new
/// delegates and new entries in the circuit's event-handler table at every render, in every circuit
/// (docs/architecture.md, "Circuits under load"). The handlers are attributes with callback values
/// made once per table: Razor's <c>@on…</c> syntax does not see an <c>[EventHandler]</c> declared in
/// the same project.
/// </remarks>
public sealed class RowEventArgs : EventArgs
{
    public string RowKey { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;
}
