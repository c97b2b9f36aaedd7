// The system's light or dark preference for the theme's "system" choice: read once, then each change
// sent to the layout that asked (one listener per circuit's layout, removed when it goes).
(function () {
    window.eucaConsole = window.eucaConsole || {};
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const listeners = new Map();

    window.eucaConsole.watchColorScheme = function (layout, key) {
        const listener = function (event) {
            layout.invokeMethodAsync('ColorSchemeChanged', event.matches).catch(function () { });
        };
        query.addEventListener('change', listener);
        listeners.set(key, listener);
        return query.matches;
    };

    window.eucaConsole.unwatchColorScheme = function (key) {
        const listener = listeners.get(key);
        if (listener) {
            query.removeEventListener('change', listener);
            listeners.delete(key);
        }
    };
})();
