// Keeps the address bar in step with search as you type, without navigating, so the URL stays shareable.
export function replaceUrl(url) {
    if (location.pathname + location.search !== url) {
        history.replaceState(history.state, "", url);
    }
}

// Until the search island is live, the box is plain server-rendered HTML; the island replaces it when it connects.
// Remember what was typed into that first box (and that it had focus) so the island can carry on from there. Events
// on the island's own box are the island's business: only a box that has since been replaced counts.
let earlyBox = null;
let earlyValue = null;
let earlyFocus = null;
const isBox = (target) => target instanceof HTMLInputElement && target.id === "search-page-input";
document.addEventListener("input", (event) => {
    if (isBox(event.target)) {
        earlyBox = event.target;
        earlyValue = event.target.value;
    }
});
// Only focusing something else counts as leaving: Chrome blurs the box when the island replaces it.
document.addEventListener("focusin", (event) => {
    earlyFocus = isBox(event.target) ? event.target : null;
});

// This module may load after the person has already clicked into the box or typed in it (a slow connection, a busy
// device): start from the page as it is now, not only from the events still to come.
const firstBox = document.getElementById("search-page-input");
if (firstBox instanceof HTMLInputElement) {
    if (document.activeElement === firstBox) earlyFocus = firstBox;
    if (firstBox.value !== firstBox.defaultValue) {
        earlyBox = firstBox;
        earlyValue = firstBox.value;
    }
}

/**
 * What was typed before the island connected (null when nothing), and whether that box had focus. The island's box
 * shows `rendered` (the server's value); unless the person has typed into it already, it gets the early text back.
 */
export function takePendingInput(rendered) {
    const replaced = (element) => element !== null && !element.isConnected;
    const result = { value: replaced(earlyBox) ? earlyValue : null, focused: replaced(earlyFocus) };
    earlyBox = earlyValue = earlyFocus = null;
    const box = document.getElementById("search-page-input");
    if (result.value !== null && box && box.value === (rendered ?? "")) box.value = result.value;
    else if (result.value !== null && box) result.value = box.value;
    return result;
}

export function focusSearchBox() {
    const box = document.getElementById("search-page-input");
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
}

// The island's results take over from the server's, from each search typed: the server-rendered ones give way (their
// container stays, emptied and hidden, so that Blazor's enhanced navigation still finds the page it rendered and fills
// it again for the next address), the island's own show again if a followed link had put them aside, and the address
// bar follows what was typed.
export function showTypedResults(url) {
    for (const element of document.querySelectorAll("[data-search-static]")) {
        element.replaceChildren();
        element.hidden = true;
    }
    for (const results of document.querySelectorAll(".search-live > .search-results")) results.hidden = false;
    replaceUrl(url);
}

// A link followed from the typed results (a filter, a page, "search instead for") is an enhanced navigation: the
// server's results for the new address reach the page before the island hears of that address and drops its own.
// Until it does, the island's results are put aside, so the page never shows two lists, not even for a moment.
function serverResultsArrived() {
    const followed = followedFromResults;
    followedFromResults = false;
    if (!document.querySelector("[data-search-static] > *")) return;
    for (const results of document.querySelectorAll(".search-live > .search-results")) results.hidden = true;
    if (followed) startReadingResults();
}

// A filter, a page of results, a correction or "search instead for", followed from the results, loads the next
// results in place, and enhanced navigation keeps the scroll position within a page: the reader would be left at
// the bottom of the new page (where the pager was), or by the filters below the results on a phone. As a new page
// would, take them to the start of the results, and move focus there so a keyboard or screen reader reads on from it.
let followedFromResults = false;
document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    followedFromResults = link !== null && link.closest(".search-results") !== null
        && new URL(link.href, location.href).pathname === location.pathname;
}, true);

function startReadingResults() {
    const summary = document.querySelector("[data-search-static] .search-results__summary");
    if (!summary) return;
    summary.setAttribute("tabindex", "-1");
    summary.scrollIntoView({ block: "start" });
    summary.focus({ preventScroll: true });
}

// blazor.web.js runs before the module scripts that import this one.
window.Blazor?.addEventListener?.("enhancedload", serverResultsArrived);
