// Keeps the address bar in step with search as you type, without navigating, so the URL stays shareable.
export function replaceUrl(url) {
    if (location.pathname + location.search !== url) {
        history.replaceState(history.state, "", url);
    }
}
