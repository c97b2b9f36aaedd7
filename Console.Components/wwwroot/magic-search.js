// MagicSearch: "!" typed while choosing a facet's option switches to "is not" (the server handles the
// key) and must not land in the box. Preventing it here, before the input event, avoids a round trip
// that would race with the keys typed after it. Delegated on the document: no per-element setup.
(function () {
    function negatesOnBang(target) {
        return target instanceof HTMLInputElement && target.classList.contains('ms-input')
            && target.dataset.negateOnBang === 'true' && target.value === '';
    }

    document.addEventListener('keydown', function (event) {
        if (event.key === '!' && negatesOnBang(event.target)) {
            event.preventDefault();
        }
    }, true);

    // Some input paths insert text without honouring the keydown's default (IMEs, automation): stop it here too.
    document.addEventListener('beforeinput', function (event) {
        if (event.data === '!' && negatesOnBang(event.target)) {
            event.preventDefault();
        }
    }, true);
})();

// The search box is not a controlled input: the server writes its text only when it changes it itself
// (a search restored from the address, a facet picked, Clear), never echoing what was typed.
window.eucaConsole = window.eucaConsole || {};
window.eucaConsole.setInputValue = function (input, text) {
    if (input && input.value !== text) {
        input.value = text;
    }
};
