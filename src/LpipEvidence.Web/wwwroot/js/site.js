import "./briefing.js";

// The printed footer says when the page was printed, not when it was served.
window.addEventListener("beforeprint", () => {
    const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    for (const element of document.querySelectorAll("[data-print-date]")) element.textContent = today;
});

// Site-wide keyboard help: "/" focuses the search box, as on GOV.UK and MkDocs sites.
document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    const box = document.getElementById("search-page-input") || document.getElementById("site-search");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
});

// Load the search helpers early on the search page, so typing before the live search connects is kept.
if (document.getElementById("search-page-input")) import("./search.js");
