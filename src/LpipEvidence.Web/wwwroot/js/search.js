// Keeps the address bar in step with search as you type, without navigating, so the URL stays shareable.
export function replaceUrl(url) {
    if (location.pathname + location.search !== url) {
        history.replaceState(history.state, "", url);
    }
}

// Until the search island is live, the box is plain server-rendered HTML; the island replaces it when it connects.
// Remember what is typed (and that the box had focus) so the island can carry on from there.
let pending = null;
let focused = false;
const isBox = (target) => target instanceof HTMLInputElement && target.id === "search-page-input";
document.addEventListener("input", (event) => {
    if (isBox(event.target)) pending = event.target.value;
});
// Only focusing something else counts as leaving: Chrome blurs the box when the island replaces it.
document.addEventListener("focusin", (event) => {
    focused = isBox(event.target);
});

/** What was typed before the island connected, or null; whether the box should get focus back. */
export function takePendingInput() {
    const box = document.getElementById("search-page-input");
    // Replacing the box drops its focus without a focusout event, so "focused" is what the person last focused.
    const result = { value: pending ?? box?.value ?? null, focused: focused || document.activeElement === box };
    pending = null;
    focused = false;
    return result;
}

export function focusSearchBox() {
    const box = document.getElementById("search-page-input");
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
}
