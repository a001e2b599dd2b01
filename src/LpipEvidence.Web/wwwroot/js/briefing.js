// The briefing builder, as progressive enhancement. Without JavaScript every control still works as a link or a
// GET form that opens /briefing. With it, the findings a person ticks are kept in local storage as their working
// briefing while they move around the site, the header shows how many there are, and print/copy buttons appear.
// Everything here follows the page: boxes that appear later (search results rendered by the search island) are
// brought up to date as soon as they are added.

import { MAX_FINDINGS, briefingUrl, fromUrl, load, sameList, store } from "./briefing-state.js";

function save(state) {
    store(state);
    refresh();
}

function announce(message) {
    const region = document.getElementById("briefing-status");
    if (!region) return;
    region.textContent = "";
    // A fresh text node makes screen readers announce the same message twice in a row.
    setTimeout(() => { region.textContent = message; }, 50);
}

function count(n) {
    return n === 1 ? "1 finding" : `${n} findings`;
}

/**
 * The briefing page shows the working briefing when its list matches the stored one. The list is read from the
 * page, not the address: Blazor's enhanced navigation has already moved the address on to a Move up / Remove link's
 * target by the time this script's click handler runs.
 */
function isWorkingBriefingPage() {
    const shown = shownFindings();
    return shown !== null && sameList(shown, load().f);
}

/** The findings the briefing page shows, or null on any other page. */
function shownFindings() {
    const page = document.querySelector("[data-briefing-page]");
    return page === null ? null : (page.getAttribute("data-briefing-page") ?? "").split(",").filter(Boolean);
}

/** The working briefing as it was before "Make this your working briefing" replaced it, for Undo. */
let replaced = null;

/** Shows a message next to the control that caused it, for everyone; it is a live region, so it is also heard. */
function say(element, message) {
    if (!element) return;
    element.textContent = "";
    setTimeout(() => { element.textContent = message; }, 50);
}

export function refresh() {
    const state = load();
    for (const badge of document.querySelectorAll("[data-briefing-count]")) {
        badge.textContent = String(state.f.length);
        badge.hidden = state.f.length === 0;
    }
    for (const link of document.querySelectorAll("a[data-briefing-link]")) {
        link.href = briefingUrl(state);
        link.setAttribute("aria-label", state.f.length ? `Briefing, ${count(state.f.length)}` : "Briefing");
    }
    for (const box of document.querySelectorAll("input[data-briefing-toggle]")) {
        box.checked = state.f.includes(box.value);
    }
    for (const button of document.querySelectorAll("[data-briefing-add-all]")) {
        const slugs = button.dataset.briefingAddAll.split(",").filter(Boolean);
        const all = slugs.every((s) => state.f.includes(s));
        button.hidden = false;
        button.setAttribute("aria-pressed", all ? "true" : "false");
        const label = button.querySelector("[data-label]") ?? button;
        label.textContent = all ? button.dataset.doneLabel : button.dataset.addLabel;
    }
    for (const form of document.querySelectorAll("form[data-briefing-picker]")) {
        // Marks the form as run by this script, which takes over from the stylesheet's rule for pages without it.
        form.dataset.enhanced = "";
        const submit = form.querySelector("[type=submit]");
        if (submit && submit.dataset.jsLabel) {
            const label = `${submit.dataset.jsLabel} (${count(state.f.length)})`;
            if (submit.textContent !== label) submit.textContent = label;
            // Nothing chosen yet: the header's Briefing link says so; an empty "View" button would only confuse.
            submit.hidden = state.f.length === 0;
        }
    }
    for (const element of document.querySelectorAll("[data-needs-js]")) element.hidden = false;
    refreshAdoptPanel(state);
}

/**
 * On a briefing that is not the working one (a shared link, a ready-made briefing), offers to make it the working
 * briefing, saying how many findings that would replace, or to add its findings to the working one; after a
 * replacement, Undo brings the old one back.
 */
function refreshAdoptPanel(state) {
    const panel = document.querySelector("[data-briefing-adopt-panel]");
    const shown = shownFindings();
    if (!panel || shown === null) return;
    panel.hidden = shown.length === 0;
    const working = sameList(shown, state.f);
    const missing = shown.filter((s) => !state.f.includes(s)).length;
    const intro = panel.querySelector("[data-adopt-intro]");
    const replace = panel.querySelector("[data-briefing-adopt='replace']");
    const add = panel.querySelector("[data-briefing-adopt='add']");
    const undo = panel.querySelector("[data-briefing-undo]");
    if (intro) {
        intro.textContent = working
            ? "This is your working briefing: the changes you make here are kept in this browser."
            : state.f.length === 0
                ? "To add findings to this briefing as you browse the site, make it your working briefing."
                : `You already have a working briefing of ${count(state.f.length)} in this browser. ${alreadyIn(shown, state)} Add this briefing's findings to it, or replace it with this briefing.`;
    }
    if (replace) {
        replace.hidden = working;
        replace.textContent = state.f.length === 0
            ? "Make this your working briefing"
            : `Replace your briefing of ${count(state.f.length)} with this one`;
    }
    if (add) {
        add.hidden = working || state.f.length === 0 || missing === 0;
        add.textContent = missing === 1 ? "Add this finding to your briefing" : `Add these ${missing} findings to your briefing`;
    }
    if (undo) undo.hidden = replaced === null;
}

/** Which of the shown briefing's findings the working briefing already holds, by their titles on the page. */
function alreadyIn(shown, state) {
    const held = shown.filter((s) => state.f.includes(s));
    if (held.length === 0) return "None of this briefing's findings is in it yet.";
    if (held.length === shown.length) return shown.length === 1 ? "This briefing's finding is already in it." : `All ${shown.length} of this briefing's findings are already in it.`;
    // The headings read "2. Title": the number is this briefing's, not the working one's, so it is left out.
    const titles = held.map((s) => (document.getElementById(`b-${s}`)?.textContent ?? s).trim().replace(/^\d+\.\s*/, ""));
    return `${held.length} of this briefing's ${shown.length} findings ${held.length === 1 ? "is" : "are"} already in it: ${titles.join("; ")}.`;
}

function toggle(slug, on) {
    const state = load();
    const has = state.f.includes(slug);
    if (on && !has) {
        if (state.f.length >= MAX_FINDINGS) {
            announce(`A briefing holds at most ${MAX_FINDINGS} findings. Remove one to add another.`);
            refresh();
            return;
        }
        state.f.push(slug);
        save(state);
        announce(`Added to your briefing: ${count(state.f.length)}.`);
    } else if (!on && has) {
        state.f = state.f.filter((s) => s !== slug);
        save(state);
        announce(`Removed from your briefing: ${count(state.f.length)}.`);
    } else {
        // The box showed an old state (another tab changed the briefing): show the true one and say so.
        refresh();
        announce(on ? `Already in your briefing: ${count(state.f.length)}.` : `Not in your briefing: ${count(state.f.length)}.`);
    }
}

document.addEventListener("change", (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.matches("[data-briefing-toggle]")) toggle(box.value, box.checked);
});

document.addEventListener("click", async (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;

    const addAll = target.closest("[data-briefing-add-all]");
    if (addAll) {
        const state = load();
        const slugs = addAll.dataset.briefingAddAll.split(",").filter(Boolean);
        const all = slugs.every((s) => state.f.includes(s));
        state.f = all ? state.f.filter((s) => !slugs.includes(s)) : [...state.f, ...slugs.filter((s) => !state.f.includes(s))];
        save(state);
        announce(all ? `Removed these findings: your briefing has ${count(load().f.length)}.` : `Added these findings: your briefing has ${count(load().f.length)}.`);
        return;
    }

    const edit = target.closest("a[data-briefing-edit]");
    if (edit && isWorkingBriefingPage()) {
        save(fromUrl(edit.href));
        return;
    }

    const adopt = target.closest("[data-briefing-adopt]");
    if (adopt) {
        const status = document.querySelector("[data-adopt-status]");
        const before = load();
        const shared = fromUrl(location.href);
        if (adopt.dataset.briefingAdopt === "add") {
            const added = shared.f.filter((s) => !before.f.includes(s));
            const fitting = added.slice(0, Math.max(MAX_FINDINGS - before.f.length, 0));
            save({ ...before, f: [...before.f, ...fitting] });
            const left = added.length - fitting.length;
            say(status, `Added ${count(fitting.length)}: your briefing has ${count(load().f.length)}.`
                + (left > 0 ? ` A briefing holds at most ${MAX_FINDINGS} findings, so ${count(left)} did not fit.` : ""));
        } else {
            replaced = before.f.length > 0 ? before : null;
            save(shared);
            say(status, replaced
                ? `This is now your working briefing. Your previous briefing of ${count(replaced.f.length)} was replaced: select Undo to bring it back.`
                : `This is now your working briefing: ${count(load().f.length)}.`);
        }
        refresh();
        return;
    }

    if (target.closest("[data-briefing-undo]")) {
        const previous = replaced;
        replaced = null;
        if (previous) save(previous);
        say(document.querySelector("[data-adopt-status]"), `Your previous briefing is back: ${count(load().f.length)}.`);
        refresh();
        return;
    }

    if (target.closest("[data-print]")) {
        window.print();
        return;
    }

    const copy = target.closest("[data-copy]");
    if (copy) {
        const text = copy.dataset.copy ?? "";
        const status = copy.parentElement?.querySelector("[data-copy-status]");
        const tell = status ? (message) => say(status, message) : announce;
        try {
            await navigator.clipboard.writeText(text);
            tell(copy.dataset.copied ?? "Copied.");
        } catch {
            tell("Copying is not allowed here: select the text and copy it instead.");
        }
    }
});

document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.matches("[data-briefing-picker]")) {
        // With JavaScript the ticks are already the working briefing, gathered across pages: open all of it.
        event.preventDefault();
        location.assign(briefingUrl(load()));
    } else if (form.matches("[data-briefing-details]") && isWorkingBriefingPage()) {
        const data = new FormData(form);
        const state = load();
        save({ ...state, title: String(data.get("title") ?? ""), note: String(data.get("note") ?? ""), by: String(data.get("by") ?? "") });
    }
});

/**
 * A briefing opened without the day it was made (built just now, or an address from before briefings recorded it)
 * gets the day the page says it was made, so that an address copied from the address bar also notices later changes.
 * The rest of the address is left exactly as it was. A saved briefing (/b/{id}) keeps its day on the server, and its
 * short address stays short.
 */
function recordMade() {
    if (location.pathname !== "/briefing") return;
    const made = document.querySelector("[data-briefing-made]")?.getAttribute("data-briefing-made");
    if (!made || !/^\d{4}-\d{2}-\d{2}$/.test(made) || new URLSearchParams(location.search).has("made")) return;
    const search = location.search ? `${location.search}&made=${made}` : `?made=${made}`;
    history.replaceState(history.state, "", location.pathname + search + location.hash);
}

/**
 * /briefing opened with no findings in its address (typed, bookmarked, reloaded after closing the browser): the
 * working briefing kept in this browser is what the person means, so open it. Replacing the address keeps Back
 * from returning to the empty page.
 */
function openWorkingBriefing() {
    // An address that named findings (all unknown, say) is answered as it is, with its notes.
    if (!document.querySelector("[data-briefing-empty]") || new URLSearchParams(location.search).has("f")) return false;
    const state = load();
    if (state.f.length === 0) return false;
    location.replace(briefingUrl(state));
    return true;
}

function pageLoaded() {
    if (openWorkingBriefing()) return;
    recordMade();
    refresh();
}

pageLoaded();
// Blazor's enhanced navigation swaps page content without a load event; blazor.web.js runs before this module.
window.Blazor?.addEventListener?.("enhancedload", pageLoaded);

// The search island renders its results after the page has loaded, and again as the person types, reusing boxes
// for other findings: bring boxes, "Add all" buttons and pickers up to date whenever they appear or change finding.
const watched = "input[data-briefing-toggle], [data-briefing-add-all], form[data-briefing-picker]";
let pending = false;
new MutationObserver((records) => {
    const relevant = records.some((record) => record.type === "attributes"
        || [...record.addedNodes].some((node) => node instanceof Element && (node.matches(watched) || node.querySelector(watched) !== null)));
    if (!relevant || pending) return;
    pending = true;
    queueMicrotask(() => {
        pending = false;
        refresh();
    });
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["value", "data-briefing-add-all"] });
