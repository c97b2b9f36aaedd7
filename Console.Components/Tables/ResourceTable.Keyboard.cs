using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace EucaConsole.Components.Tables;

/// <summary>
/// The table's keyboard model (the ARIA grid pattern with a roving tab stop): the table is one tab
/// stop, the active row; arrows move between rows (and on to the next or previous page), Home/End go
/// to the first/last row of the page, PageUp/PageDown turn the page, Enter opens the row (or picks it
/// in a picker), Space toggles its selection (or picks it when the table has no selection).
/// The browser's own scrolling for these keys is prevented in resource-table.js.
/// </summary>
public partial class ResourceTable<T>
{
    private ElementReference _tableElement;
    private EventCallback<RowEventArgs> _rowClick;
    private EventCallback<RowEventArgs> _rowKey;
    private EventCallback<RowEventArgs> _rowSelect;

    /// <summary>The body's three row handlers, made once: the same callbacks keep the same handler ids across renders.</summary>
    private void CreateRowHandlers()
    {
        _rowClick = EventCallback.Factory.Create<RowEventArgs>(this, OnRowClickAsync);
        _rowKey = EventCallback.Factory.Create<RowEventArgs>(this, OnRowKeyAsync);
        _rowSelect = EventCallback.Factory.Create<RowEventArgs>(this, OnRowSelect);
        _toggleColumn = EventCallback.Factory.Create<string>(this, ToggleColumnAsync);
        _sort = EventCallback.Factory.Create<int>(this, SortBy);
        _toggleAll = EventCallback.Factory.Create(this, ToggleAll);
        _goTo = EventCallback.Factory.Create<int>(this, GoTo);
    }
    private int _activeRow;
    private bool _focusPending;

    /// <summary>The row (position on this page) that holds the table's tab stop.</summary>
    private int ActiveRow => Math.Clamp(_activeRow, 0, Math.Max(0, RowsOnPage - 1));

    private int RowsOnPage => List.RowsOnPage;

    /// <summary>Selected (in a table with selection) or picked (the highlighted row of a picker).</summary>
    private bool IsChosen(string key) => Selectable ? List.IsSelected(key) : Highlighted?.Contains(key) == true;

    /// <summary>The row of this page with this key: its position on the page and its item.</summary>
    private bool TryFindRow(string rowKey, out int row, out T item)
    {
        row = 0;
        if (rowKey.Length > 0)
        {
            foreach (var index in PageIndexes)
            {
                if (Key(Items[index]) == rowKey)
                {
                    item = Items[index];
                    return true;
                }

                row++;
            }
        }

        item = default!;
        return false;
    }

    private async Task OnRowClickAsync(RowEventArgs e)
    {
        if (TryFindRow(e.RowKey, out var row, out var item))
        {
            _activeRow = row;
            await OnRowClick.InvokeAsync(item);
        }
    }

    private void OnRowSelect(RowEventArgs e)
    {
        if (Selectable && TryFindRow(e.RowKey, out var row, out var item))
        {
            _activeRow = row;
            List.Toggle(Key(item));
        }
    }

    private async Task OnRowKeyAsync(RowEventArgs e)
    {
        if (!TryFindRow(e.RowKey, out var row, out var item))
        {
            return;
        }

        _activeRow = row;
        switch (e.Key)
        {
            case "ArrowDown":
                MoveTo(CurrentPage, row + 1);
                break;
            case "ArrowUp":
                MoveTo(CurrentPage, row - 1);
                break;
            case "Home":
                MoveTo(CurrentPage, 0);
                break;
            case "End":
                MoveTo(CurrentPage, RowsOnPage - 1);
                break;
            case "PageDown":
                MoveTo(CurrentPage + 1, row);
                break;
            case "PageUp":
                MoveTo(CurrentPage - 1, row);
                break;
            case "Enter":
                await OnRowClick.InvokeAsync(item);
                break;
            case " " or "Spacebar":
                if (Selectable)
                {
                    List.Toggle(Key(item));
                }
                else
                {
                    await OnRowClick.InvokeAsync(item);
                }

                break;
        }
    }

    /// <summary>Moves the tab stop; past the end of a page it goes on to the next page's first row (and back).</summary>
    private void MoveTo(int page, int row)
    {
        if (row >= RowsOnPage && page < PageCount - 1)
        {
            (page, row) = (page + 1, 0);
        }
        else if (row < 0 && page > 0)
        {
            (page, row) = (page - 1, EffectivePageSize - 1);
        }

        if (page != CurrentPage)
        {
            List.GoTo(page);
        }

        _activeRow = Math.Clamp(row, 0, Math.Max(0, RowsOnPage - 1));
        _focusPending = true;
    }

    /// <summary>After a move, the browser's focus follows the tab stop.</summary>
    private async Task FocusActiveRowAsync()
    {
        if (!_focusPending)
        {
            return;
        }

        _focusPending = false;
        try
        {
            await Js.InvokeVoidAsync("eucaConsole.focusRow", _tableElement, (CurrentPage * EffectivePageSize) + ActiveRow + 2);
        }
        catch (Exception error) when (error is JSException or JSDisconnectedException)
        {
            // The table left the page meanwhile: nothing to focus.
        }
    }
}
