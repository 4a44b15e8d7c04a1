// Results as you type for every form[data-live-search]: the search page's own form and the header box.
// Without this file both forms simply submit to /{lang}/search, which works on its own.

const DEBOUNCE_MS = 250;
const PANEL_RESULTS = 6;

const item = (hit, withSnippet) => {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = hit.url;
    // titleHtml and snippetHtml are built by the server's search engine: every character of the
    // text is escaped there and the only markup added is <mark>, so they are safe as HTML.
    link.innerHTML = hit.titleHtml;
    const topic = document.createElement("span");
    topic.className = "result-topic";
    topic.textContent = hit.topic;
    li.append(link, " ", topic);
    if (withSnippet) {
        const snippet = document.createElement("p");
        snippet.className = "result-snippet";
        snippet.innerHTML = hit.snippetHtml;
        li.append(snippet);
    }
    return li;
};

const enhance = (form) => {
    const input = form.querySelector("input[type='search']");
    const region = document.getElementById(form.dataset.results);
    const status = region?.querySelector("[data-status]");
    const list = region?.querySelector("[data-list]");
    if (!input || !status || !list) return;
    const isPanel = region.hasAttribute("data-panel");
    const withSnippets = region.dataset.snippets === "true";
    let timer = 0;
    let controller = null;
    let shown = input.value.trim();

    const show = (items) => {
        list.replaceChildren(...items);
        if (isPanel) list.hidden = items.length === 0;
    };

    const run = async () => {
        const query = input.value.trim();
        if (query === shown) return;
        shown = query;
        controller?.abort();
        if (!isPanel) history.replaceState(null, "", query ? `?q=${encodeURIComponent(query)}` : location.pathname);
        if (!query) {
            show([]);
            status.textContent = "";
            return;
        }
        controller = new AbortController();
        try {
            const response = await fetch(`${form.dataset.liveSearch}?q=${encodeURIComponent(query)}`, {
                signal: controller.signal,
                headers: { Accept: "application/json" },
            });
            const data = await response.json();
            const hits = response.ok ? data.results : [];
            show((isPanel ? hits.slice(0, PANEL_RESULTS) : hits).map((hit) => item(hit, withSnippets)));
            status.textContent = response.ok ? data.summary : data.message;
        } catch (error) {
            // Aborted by a newer keystroke, or offline: the form still submits to the search page.
            if (error.name !== "AbortError") status.textContent = "";
        }
    };

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(run, DEBOUNCE_MS);
    });

    if (isPanel) {
        const close = () => {
            list.hidden = true;
        };
        form.addEventListener("keydown", (event) => {
            if (event.key === "Escape" && !list.hidden) {
                close();
                input.focus();
            }
        });
        form.addEventListener("focusout", (event) => {
            if (!form.contains(event.relatedTarget)) close();
        });
        input.addEventListener("focus", () => {
            if (list.children.length > 0) list.hidden = false;
        });
    }
};

for (const form of document.querySelectorAll("form[data-live-search]")) enhance(form);
