// The small menus drawn as native disclosures (<details data-menu>): the theme, language, region and
// column menus. The browser opens and closes them and walks them with Tab; this closes one when a
// click lands outside it, when an item that ends the choice is clicked ([data-menu-close]), and on
// Escape (focus back on its button). No component and no circuit round trip per menu.
(function () {
    function close(menu, focusButton) {
        menu.removeAttribute('open');
        if (focusButton) {
            const summary = menu.querySelector('summary');
            if (summary) {
                summary.focus();
            }
        }
    }

    document.addEventListener('click', function (event) {
        const target = event.target instanceof Element ? event.target : null;
        document.querySelectorAll('details[data-menu][open]').forEach(function (menu) {
            if (!target || !menu.contains(target)) {
                close(menu, false);
            } else if (target.closest('[data-menu-close]')) {
                close(menu, false);
            }
        });
    }, true);

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape' || !(event.target instanceof Element)) {
            return;
        }

        const menu = event.target.closest('details[data-menu][open]');
        if (menu) {
            event.preventDefault();
            close(menu, true);
        }
    });
})();
