// Blazor's JS initializer for this library: the row events the resource tables listen to on their
// <tbody> (RowEvents.cs). One handler per table instead of one per row: the row is named by its
// data-key. A click on a control inside a row (a checkbox, a link, a button) is the control's, so the
// row hears it with no key and ignores it.
function rowOf(event) {
    return event.target instanceof Element ? event.target.closest('tr[data-key]') : null;
}

function onControl(event) {
    return event.target instanceof Element && event.target.closest('input, button, a, select, textarea, label, .rt-check') !== null;
}

let registered = false;

function register(blazor) {
    if (registered || !blazor || typeof blazor.registerCustomEventType !== 'function') {
        return;
    }

    registered = true;
    blazor.registerCustomEventType('rowclick', {
        browserEventName: 'click',
        createEventArgs: function (event) {
            const row = rowOf(event);
            return { rowKey: row && !onControl(event) ? row.dataset.key : '', key: '' };
        }
    });
    blazor.registerCustomEventType('rowkeydown', {
        browserEventName: 'keydown',
        createEventArgs: function (event) {
            const row = rowOf(event);
            return { rowKey: row && event.target === row ? row.dataset.key : '', key: event.key };
        }
    });
    blazor.registerCustomEventType('rowselect', {
        browserEventName: 'change',
        createEventArgs: function (event) {
            const row = rowOf(event);
            const box = event.target instanceof HTMLInputElement && event.target.matches('[data-select]');
            return { rowKey: row && box ? row.dataset.key : '', key: '' };
        }
    });
}

// Before the circuit starts, so the first table rendered already listens on the right browser events;
// after start too, should this Blazor script only hand itself over then.
export function beforeWebStart() {
    register(window.Blazor);
}

export function afterWebStarted(blazor) {
    register(blazor);
}
