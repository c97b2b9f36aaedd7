using AngleSharp.Dom;
using Bunit;
using EucaConsole.Components.Tables;

namespace EucaConsole.Tests.Components.Tables;

/// <summary>
/// A row's click, key and checkbox as the browser sends them: to the table's body, naming the row by its
/// data-key (Console.Components.lib.module.js), since the rows carry no handlers of their own.
/// </summary>
internal static class RowActions
{
    public static Task ClickRowAsync(this IElement row) => Body(row).TriggerEventAsync("onrowclick", Named(row));

    public static void ClickRow(this IElement row) => row.ClickRowAsync().GetAwaiter().GetResult();

    public static Task PressOnRowAsync(this IElement row, string key) =>
        Body(row).TriggerEventAsync("onrowkeydown", new RowEventArgs { RowKey = row.GetAttribute("data-key")!, Key = key });

    public static Task ToggleRowAsync(this IElement row) => Body(row).TriggerEventAsync("onrowselect", Named(row));

    private static RowEventArgs Named(IElement row) => new() { RowKey = row.GetAttribute("data-key")! };

    private static IElement Body(IElement row) =>
        row.Closest("tbody") ?? throw new InvalidOperationException("The row is not in a table body.");
}
