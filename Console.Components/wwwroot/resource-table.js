// ResourceTable's keyboard model runs on the server (ResourceTable.Keyboard.cs); here only what must
// happen in the browser at once: the page must not scroll on the keys that move between rows, and
// focus follows the row the server made the tab stop.
(function () {
    const rowKeys = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', ' ', 'Spacebar']);

    document.addEventListener('keydown', function (event) {
        const target = event.target;
        if (target instanceof HTMLTableRowElement && target.hasAttribute('data-key') && rowKeys.has(event.key)) {
            event.preventDefault();
        } else if (target instanceof Element && target.closest('tr[data-key] > td')) {
            // A key pressed inside a cell (a link, a copy button) is the cell's own: the row's handler
            // must not see it. Stopped here in the capture phase, before Blazor's listener, instead of
            // a stopPropagation attribute on every cell (a render frame per cell in every circuit).
            event.stopPropagation();
        }
    }, true);

    // A row's copy button is part of the row's shared markup (no handler of its own on the server):
    // the copy happens here, and the row does not hear the click.
    let toast = null;
    function say(text) {
        if (!toast) {
            toast = document.createElement('div');
            toast.className = 'rt-toast mud-elevation-6';
            toast.setAttribute('role', 'status');
            toast.setAttribute('data-testid', 'rt-toast');
            document.body.appendChild(toast);
        }

        toast.textContent = text;
        toast.classList.add('shown');
        clearTimeout(toast.hideTimer);
        toast.hideTimer = setTimeout(function () { toast.classList.remove('shown'); }, 2500);
    }

    document.addEventListener('click', function (event) {
        const button = event.target instanceof Element ? event.target.closest('button.rt-copy[data-copy]') : null;
        if (!button) {
            return;
        }

        event.stopPropagation();
        event.preventDefault();
        const text = button.getAttribute('data-copy');
        const table = button.closest('[data-copied]');
        const words = function (name, fallback) { return (table && table.getAttribute(name)) || fallback; };
        const copying = navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard'));
        copying.then(
            function () { say(words('data-copied', 'Copied {0}').replace('{0}', text)); },
            function (error) { say(words('data-copy-failed', 'Could not copy: {0}').replace('{0}', error && error.message ? error.message : String(error))); });
    }, true);

    window.eucaConsole = window.eucaConsole || {};
    window.eucaConsole.focusRow = function (table, rowIndex) {
        const row = table && table.querySelector('tbody tr[aria-rowindex="' + rowIndex + '"]');
        if (row) {
            row.focus();
        }
    };
})();
