using EucaConsole.LoadTest.Client;

namespace EucaConsole.LoadTest.Scenario;

/// <summary>What a person does on a list page, as DOM events on the elements the page rendered.</summary>
internal static class UserActions
{
    private static readonly object Click = new
    {
        detail = 1, screenX = 0, screenY = 0, clientX = 0, clientY = 0, offsetX = 0, offsetY = 0, pageX = 0, pageY = 0,
        movementX = 0, movementY = 0, button = 0, buttons = 0, ctrlKey = false, shiftKey = false, altKey = false, metaKey = false, type = "click",
    };

    /// <summary>The search box's text becomes <paramref name="text"/> (one keystroke's input event).</summary>
    public static Task<TimeSpan?> TypeAsync(CircuitClient circuit, string text, TimeSpan wait, CancellationToken cancellationToken) =>
        SendAsync(circuit, "ms-input", "input", new { value = text }, wait, cancellationToken);

    public static Task<TimeSpan?> NextPageAsync(CircuitClient circuit, TimeSpan wait, CancellationToken cancellationToken) =>
        SendAsync(circuit, "rt-next", "click", Click, wait, cancellationToken);

    /// <summary>
    /// A click on the first row: on the row's own handler (the bare page), or as the browser reports it
    /// to a table body listening for all its rows (the console: a <c>rowclick</c> naming the row's data-key).
    /// </summary>
    public static async Task<TimeSpan?> OpenFirstRowAsync(CircuitClient circuit, TimeSpan wait, CancellationToken cancellationToken)
    {
        var (handler, rowKey) = circuit.Read(dom =>
        {
            var row = dom.FirstRow();
            if (row is null)
            {
                return (0UL, (string?)null);
            }

            if (row.Handlers.GetValueOrDefault("click") is var own and not 0)
            {
                return (own, null);
            }

            for (var parent = row.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is DomElement element && element.Handlers.GetValueOrDefault("rowclick") is var body and not 0)
                {
                    return (body, row.Attribute("data-key"));
                }
            }

            return (0UL, null);
        });
        if (handler == 0)
        {
            throw new MissingElementException($"No row with a click handler on {circuit.Location.PathAndQuery}.");
        }

        return rowKey is null
            ? await circuit.DispatchAsync(handler, "click", Click, null, wait, cancellationToken)
            : await circuit.DispatchAsync(handler, "rowclick", new { rowKey, key = string.Empty }, null, wait, cancellationToken);
    }

    private static async Task<TimeSpan?> SendAsync(CircuitClient circuit, string testId, string eventName, object args, TimeSpan wait,
        CancellationToken cancellationToken)
    {
        var handler = circuit.Read(dom => dom.ByTestId(testId)?.Handlers.GetValueOrDefault(eventName));
        if (handler is not { } id || id == 0)
        {
            throw new MissingElementException($"No {testId} element with a {eventName} handler on {circuit.Location.PathAndQuery}.");
        }

        return await circuit.DispatchAsync(id, eventName, args, null, wait, cancellationToken);
    }
}

internal sealed class MissingElementException(string message) : Exception(message);
