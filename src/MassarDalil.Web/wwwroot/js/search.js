// Results as you type for every form[data-live-search]: the search page's own form and the header box.
// Without this file both forms simply submit to /{lang}/search, which works on its own.
// In a static copy (<html data-static-export>) no server answers: data-live-search names the language's
// whole index instead, fetched once and searched here.

const DEBOUNCE_MS = 250;
// A query that found nothing is reported once the visitor has stopped typing this long: the settled query, not
// every half-typed word on the way to it.
const SETTLE_MS = 2000;
const PANEL_RESULTS = 6;
const SNIPPET_LENGTH = 160;
const isStaticCopy = document.documentElement.hasAttribute("data-static-export");

// The same folding as the server's ArabicText.Normalize: harakat and tatweel go, alef forms, taa marbuta
// and alef maqsura fold, Arabic-Indic digits become 0-9; Latin letters ignore case.
const fold = (text) =>
    text.normalize("NFC").toLowerCase()
        .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
        .replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
        .replace(/\u0629/g, "\u0647")
        .replace(/\u0649/g, "\u064A")
        .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
        .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0));

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let staticIndex = null;
const loadIndex = (url) =>
    (staticIndex ??= fetch(url, { headers: { Accept: "application/json" } })
        .then((response) => response.json())
        .then((index) => ({
            summaries: index.summaries,
            entries: index.entries.map((entry) => ({ ...entry, foldedTitle: fold(entry.title), foldedText: fold(`${entry.topic} ${entry.text} ${entry.terms ?? ""}`) })),
        })));

// Every word must be found; words found in the title count for more. No stemming: a word also
// matches inside a longer one, so مرور finds المرور.
const searchInBrowser = async (url, query) => {
    const index = await loadIndex(url);
    const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const scored = [];
    for (const entry of words.length > 0 ? index.entries : []) {
        let score = 0;
        for (const word of words) {
            const points = entry.foldedTitle.includes(word) ? 3 : entry.foldedText.includes(word) ? 1 : 0;
            if (points === 0) {
                score = 0;
                break;
            }
            score += points;
        }
        if (score > 0) scored.push({ entry, score });
    }
    scored.sort((a, b) => b.score - a.score);
    const results = scored.slice(0, index.summaries.length - 1).map(({ entry }) => ({
        url: entry.url,
        titleHtml: escapeHtml(entry.title),
        topic: entry.topic,
        snippetHtml: escapeHtml(entry.text.length > SNIPPET_LENGTH ? `${entry.text.slice(0, SNIPPET_LENGTH)}…` : entry.text),
    }));
    return { results, summary: index.summaries[results.length].replace("{q}", query), answered: results.length > 0, otherLanguages: [] };
};

const searchOnServer = async (url, query, signal) => {
    const response = await fetch(`${url}?q=${encodeURIComponent(query)}`, { signal, headers: { Accept: "application/json" } });
    const data = await response.json();
    return response.ok ? data : { results: [], summary: data.message, problem: true, otherLanguages: [] };
};

// Once per visit and query (this tab's session), as the search page counts a query once per search.
const reportMiss = (url, query) => {
    const key = `search-miss:${url}:${query.toLowerCase()}`;
    try {
        if (sessionStorage.getItem(key)) return;
        sessionStorage.setItem(key, "1");
    } catch {
        // No session storage (blocked): report anyway; the server's budget still bounds the count.
    }
    fetch(url, { method: "POST", body: new URLSearchParams({ q: query }), keepalive: true }).catch(() => {});
};

// Nothing found: say so where the results would be, with the way to browse the questions by topic.
const noResultsItem = (region, summary) => {
    const li = document.createElement("li");
    li.className = "results-note no-results-note";
    const link = document.createElement("a");
    link.href = region.dataset.browseHref;
    link.textContent = region.dataset.browseText;
    li.append(summary, " ", link);
    return li;
};

// What another language's site answers, in that language.
const otherLanguageItem = (offer) => {
    const li = document.createElement("li");
    li.className = "results-note other-language";
    const lead = document.createElement("p");
    lead.textContent = offer.text;
    const list = document.createElement("ul");
    for (const hit of offer.hits) {
        const entry = document.createElement("li");
        const link = document.createElement("a");
        link.href = hit.url;
        link.hreflang = offer.language;
        link.lang = offer.language;
        link.dir = offer.dir;
        link.textContent = hit.title;
        entry.append(link);
        list.append(entry);
    }
    li.append(lead, list);
    return li;
};

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
    let settleTimer = 0;
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
        const signal = controller.signal;
        try {
            const data = isStaticCopy
                ? await searchInBrowser(form.dataset.liveSearch, query)
                : await searchOnServer(form.dataset.liveSearch, query, signal);
            if (signal.aborted) return;
            const items = (isPanel ? data.results.slice(0, PANEL_RESULTS) : data.results).map((hit) => item(hit, withSnippets));
            // Answers with only some of the words: the panel says so above them (its status is for screen readers only).
            if (isPanel && data.closest && items.length > 0) {
                const note = document.createElement("li");
                note.className = "results-note";
                note.textContent = data.summary;
                items.unshift(note);
            }
            if (!data.problem && items.length === 0) items.push(noResultsItem(region, isPanel ? data.summary : ""));
            items.push(...(data.otherLanguages ?? []).map(otherLanguageItem));
            // The page's own notes were about the query it was loaded with.
            for (const old of region.querySelectorAll("[data-no-results], [data-other-languages] > *")) old.remove();
            show(items);
            if (!data.problem && !data.answered && form.dataset.settledMiss) {
                settleTimer = setTimeout(() => reportMiss(form.dataset.settledMiss, query), SETTLE_MS);
            }
            status.textContent = data.summary;
            status.classList.toggle("search-closest", Boolean(data.closest));
        } catch (error) {
            // Aborted by a newer keystroke, or offline: the form still submits to the search page.
            if (error.name !== "AbortError") status.textContent = "";
        }
    };

    input.addEventListener("input", () => {
        clearTimeout(timer);
        clearTimeout(settleTimer);
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
    } else if (isStaticCopy) {
        // The static search page was written without a query: the one in the address is searched here.
        const query = new URLSearchParams(location.search).get("q")?.trim();
        if (query) {
            input.value = query;
            shown = "";
            run();
        }
    }
};

for (const form of document.querySelectorAll("form[data-live-search]")) enhance(form);
