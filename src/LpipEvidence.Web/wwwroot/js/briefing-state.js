// The working briefing kept in this browser's local storage: the findings a person has ticked (at most 20, as slugs)
// and the title, note and author they gave it, always cleaned on the way in and out, and its /briefing address.

export const MAX_FINDINGS = 20;
const KEY = "lpip-briefing";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function clean(state) {
    const f = Array.isArray(state?.f) ? state.f.filter((s) => typeof s === "string" && SLUG.test(s)) : [];
    return {
        f: [...new Set(f)].slice(0, MAX_FINDINGS),
        title: typeof state?.title === "string" ? state.title.slice(0, 120) : "",
        note: typeof state?.note === "string" ? state.note.slice(0, 1000) : "",
        by: typeof state?.by === "string" ? state.by.slice(0, 100) : "",
    };
}

export function load() {
    try {
        return clean(JSON.parse(localStorage.getItem(KEY) ?? "{}"));
    } catch {
        return clean({});
    }
}

export function store(state) {
    try {
        localStorage.setItem(KEY, JSON.stringify(clean(state)));
    } catch {
        // Storage full or disabled: the links and forms still work.
    }
}

export function briefingUrl(state) {
    if (state.f.length === 0) return "/briefing";
    const parts = ["f=" + state.f.join(",")];
    if (state.title) parts.push("title=" + encodeURIComponent(state.title));
    if (state.note) parts.push("note=" + encodeURIComponent(state.note));
    if (state.by) parts.push("by=" + encodeURIComponent(state.by));
    return "/briefing?" + parts.join("&");
}

export function fromUrl(href) {
    const url = new URL(href, location.origin);
    const f = url.searchParams.getAll("f").flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean);
    return clean({
        f,
        title: url.searchParams.get("title") ?? "",
        note: url.searchParams.get("note") ?? "",
        by: url.searchParams.get("by") ?? "",
    });
}

export function sameList(a, b) {
    return a.length === b.length && a.every((s, i) => s === b[i]);
}
