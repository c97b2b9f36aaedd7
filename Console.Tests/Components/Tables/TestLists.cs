using Bunit;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Search;
using Microsoft.Extensions.DependencyInjection;

namespace EucaConsole.Tests.Components.Tables;

/// <summary>The list a table under test shows, as its page would make it: query set, first load started.</summary>
internal static class TestLists
{
    public static ResourceList<T> ListOf<T>(this BunitContext test, Func<CancellationToken, Task<IReadOnlyList<T>>> load, Func<T, string> key,
        SearchFields<T> fields, IReadOnlyList<TableColumn<T>> columns, SearchQuery? query = null, int pageSize = 50,
        Func<CancellationToken, Task>? beforeReload = null)
        where T : class
    {
        var list = new ResourceList<T>(test.Services.GetRequiredService<SearchIndexes>(), load, key, fields, columns, pageSize) { BeforeReload = beforeReload };
        if (query is not null)
        {
            list.Search(query);
        }

        _ = list.LoadForAsync(string.Empty);
        return list;
    }
}
