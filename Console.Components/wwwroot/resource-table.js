// ResourceTable's keyboard model runs on the server (ResourceTable.Keyboard.cs); here only what must
// happen in the browser at once: the page must not scroll on the keys that move between rows, and
// focus follows the row the server made the tab stop.
(function () {
    const rowKeys = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', ' ', 'Spacebar']);

    document.addEventListener('keydown', function (event) {
        const target = event.target;
        if (target instanceof HTMLTableRowElement && target.classList.contains('rt-row') && rowKeys.has(event.key)) {
            event.preventDefault();
        } else if (target instanceof Element && target.closest('tr.rt-row > td')) {
            // A key pressed inside a cell (a link, a copy button) is the cell's own: the row's handler
            // must not see it. Stopped here in the capture phase, before Blazor's listener, instead of
            // a stopPropagation attribute on every cell (a render frame per cell in every circuit).
            event.stopPropagation();
        }
    }, true);

    window.eucaConsole = window.eucaConsole || {};
    window.eucaConsole.focusRow = function (table, rowIndex) {
        const row = table && table.querySelector('tbody tr[aria-rowindex="' + rowIndex + '"]');
        if (row) {
            row.focus();
        }
    };
})();
