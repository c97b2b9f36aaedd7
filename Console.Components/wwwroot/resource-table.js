// ResourceTable's keyboard model runs on the server (ResourceTable.Keyboard.cs); here only what must
// happen in the browser at once: the page must not scroll on the keys that move between rows, and
// focus follows the row the server made the tab stop.
(function () {
    const rowKeys = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', ' ', 'Spacebar']);

    document.addEventListener('keydown', function (event) {
        const target = event.target;
        if (target instanceof HTMLTableRowElement && target.classList.contains('rt-row') && rowKeys.has(event.key)) {
            event.preventDefault();
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
