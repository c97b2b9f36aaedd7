using EucaConsole.Domain.Cloud;
using EucaConsole.Components.Search;
using EucaConsole.Domain.Search;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Navigation;

/// <summary>
/// A list page's detail with its own URL (<c>/images/ami-…</c>, <c>/roles/NAME</c>): opening a row
/// navigates there keeping the list's search in the query string, so reload, back/forward and a shared
/// link open the same detail; closing goes back to the list's URL. The item comes from the loaded list,
/// or, when the list does not hold it, is asked for by id.
/// </summary>
public sealed class DetailRoute<T>(string listPath, Func<T, string> keyOf, Func<string, CancellationToken, Task<T?>> fetch) : IDisposable
    where T : class
{
    private IReadOnlyList<T>? _loaded;
    private string? _id;
    private CancellationTokenSource? _asking;

    /// <summary>The item the URL names, once found.</summary>
    public T? Item { get; private set; }

    /// <summary>Why the item the URL names is not shown (not found, or the cloud's error).</summary>
    public string? Problem { get; private set; }

    public bool IsOpen => _id is not null;

    /// <summary>The detail's URL, keeping the list's search as it is now (the address may not have it yet: typing is written after a pause).</summary>
    public string OpenUrl(NavigationManager navigation, T item, SearchQuery query) =>
        $"{listPath}/{Uri.EscapeDataString(keyOf(item))}{QueryString(navigation, query)}";

    public string CloseUrl(NavigationManager navigation, SearchQuery query) => $"{listPath}{QueryString(navigation, query)}";

    private static string QueryString(NavigationManager navigation, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return new Uri(UrlState.Write(navigation, query)).Query;
    }

    /// <summary>The route's id changed (null: the list itself).</summary>
    public async Task ShowAsync(string? id)
    {
        if (id == _id && (Item is not null || Problem is not null))
        {
            return;
        }

        _id = string.IsNullOrWhiteSpace(id) ? null : id;
        Item = null;
        Problem = null;
        // The item asked for before is no longer wanted (another one, or the list alone): stop asking.
        _asking?.Cancel();
        if (_id is not null && _loaded is not null)
        {
            await ResolveAsync(_id);
        }
    }

    /// <summary>The list arrived (or was reloaded): the open detail shows the fresh record.</summary>
    public async Task LoadedAsync(IReadOnlyList<T> items)
    {
        _loaded = items;
        if (_id is not null)
        {
            await ResolveAsync(_id);
        }
    }

    /// <summary>After a change made from the detail (tags edited): show the changed record.</summary>
    public void Replace(T item) => Item = item;

    private async Task ResolveAsync(string id)
    {
        var found = _loaded?.FirstOrDefault(item => keyOf(item) == id);
        if (found is null)
        {
            _asking?.Dispose();
            var asking = _asking = new CancellationTokenSource();
            try
            {
                found = await fetch(id, asking.Token);
            }
            catch (CloudException error) when (!asking.IsCancellationRequested)
            {
                Problem = error.Describe();
                return;
            }
            catch (OperationCanceledException) when (asking.IsCancellationRequested)
            {
                return; // the user moved on, or left the page
            }
        }

        if (_id != id)
        {
            return; // the user moved on meanwhile
        }

        Item = found;
        Problem = found is null ? $"There is no {id} here (it may have been deleted, or the link is wrong)." : null;
    }

    /// <summary>The page is gone: a lookup still under way is stopped.</summary>
    public void Dispose()
    {
        _asking?.Cancel();
        _asking?.Dispose();
        _asking = null;
    }
}
