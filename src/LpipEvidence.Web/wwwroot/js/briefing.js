// The briefing builder, as progressive enhancement. Without JavaScript every control still works as a link or a
// GET form that opens /briefing. With it, the findings a person ticks are kept in local storage as their working
// briefing while they move around the site, the header shows how many there are, and print/copy buttons appear.

const KEY = "lpip-briefing";
const MAX_FINDINGS = 20;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function clean(state) {
    const f = Array.isArray(state?.f) ? state.f.filter((s) => typeof s === "string" && SLUG.test(s)) : [];
    return {
        f: [...new Set(f)].slice(0, MAX_FINDINGS),
        title: typeof state?.title === "string" ? state.title.slice(0, 120) : "",
        note: typeof state?.note === "string" ? state.note.slice(0, 1000) : "",
    };
}

export function load() {
    try {
        return clean(JSON.parse(localStorage.getItem(KEY) ?? "{}"));
    } catch {
        return clean({});
    }
}

function save(state) {
    try {
        localStorage.setItem(KEY, JSON.stringify(clean(state)));
    } catch {
        // Storage full or disabled: the links and forms still work.
    }
    refresh();
}

export function briefingUrl(state) {
    if (state.f.length === 0) return "/briefing";
    const parts = ["f=" + state.f.join(",")];
    if (state.title) parts.push("title=" + encodeURIComponent(state.title));
    if (state.note) parts.push("note=" + encodeURIComponent(state.note));
    return "/briefing?" + parts.join("&");
}

function fromUrl(href) {
    const url = new URL(href, location.origin);
    const f = url.searchParams.getAll("f").flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean);
    return clean({ f, title: url.searchParams.get("title") ?? "", note: url.searchParams.get("note") ?? "" });
}

function sameList(a, b) {
    return a.length === b.length && a.every((s, i) => s === b[i]);
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
    const page = document.querySelector("[data-briefing-page]");
    if (page === null) return false;
    const shown = (page.getAttribute("data-briefing-page") ?? "").split(",").filter(Boolean);
    return sameList(shown, load().f);
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
        const submit = form.querySelector("[type=submit]");
        if (submit && submit.dataset.jsLabel) {
            submit.textContent = `${submit.dataset.jsLabel} (${count(state.f.length)})`;
            // Nothing chosen yet: the header's Briefing link says so; an empty "View" button would only confuse.
            submit.hidden = state.f.length === 0;
        }
    }
    for (const element of document.querySelectorAll("[data-needs-js]")) element.hidden = false;
    const adopt = document.querySelector("[data-briefing-adopt]");
    if (adopt) adopt.hidden = isWorkingBriefingPage() || fromUrl(location.href).f.length === 0;
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
        save(fromUrl(location.href));
        announce(`This is now your working briefing: ${count(load().f.length)}.`);
        return;
    }

    if (target.closest("[data-print]")) {
        window.print();
        return;
    }

    const copy = target.closest("[data-copy]");
    if (copy) {
        const text = copy.dataset.copy ?? "";
        try {
            await navigator.clipboard.writeText(text);
            announce(copy.dataset.copied ?? "Copied.");
        } catch {
            announce("Copying is not allowed here: select the text and copy it instead.");
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
        save({ ...state, title: String(data.get("title") ?? ""), note: String(data.get("note") ?? "") });
    }
});

// The printed footer says when the page was printed, not when it was served.
window.addEventListener("beforeprint", () => {
    const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    for (const element of document.querySelectorAll("[data-print-date]")) element.textContent = today;
});

refresh();
// Blazor's enhanced navigation swaps page content without a load event; blazor.web.js runs before this module.
window.Blazor?.addEventListener?.("enhancedload", refresh);
