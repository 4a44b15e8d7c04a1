// Reading offline. The server puts OFFLINE in front of this file (see OfflineWorker.cs): the fingerprinted assets
// pages use, so this worker changes with a release only. A publish does not replace it: each page hands it the
// address of its language's copy (the cache to save it in, named by the content version, and the pages), and the
// worker saves that copy once, then deletes the older ones. It never calls skipWaiting(): a worker that takes over
// while a link is being followed can leave that navigation waiting for ever, so a release's worker takes over when
// the site's tabs are closed, the browser's own rule; until then the running one goes on saving publishes.
// Pages: network first, the saved copy when the network fails, marked so the page says it is a saved copy.
// Fingerprinted assets: from the copy, as their address changes when they do. Everything else, the manager,
// the API, search and every POST (feedback) included, is left to the network and never stored.

const SAVED_COPY_MARK = "data-saved-copy";
const PREFIX = "massar-offline-";
// Where each saved copy keeps its own list, written last: a cache holding it is complete.
const LIST = "/offline-copy.json";
// A language's public address, search aside: a candidate for the copy, answered from it only when the copy lists it.
const PUBLIC_PAGE = /^\/[a-z]{2}(\/(?!search(?:[/.]|$))|$)/;

// The newest complete copy, { cache, pages }; read again from the caches when the browser has restarted the worker.
let copy = null;

const newestCopy = async () => {
    if (copy) return copy;
    const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX)).reverse();
    for (const name of names) {
        const list = await (await caches.open(name)).match(LIST);
        if (list) return (copy = await list.json());
    }
    return null;
};

// One by one rather than cache.addAll: a page that fails (unpublished meanwhile) must not lose the others.
const saveNow = async (listAddress) => {
    const response = await fetch(listAddress, { cache: "no-cache", credentials: "omit" });
    if (!response.ok) return;
    const list = await response.clone().json();
    const cache = await caches.open(list.cache);
    if (await cache.match(LIST)) return;
    for (const path of [...OFFLINE.assets, ...list.pages]) {
        try {
            const page = await fetch(path, { cache: "no-cache", credentials: "omit" });
            if (page.ok && !page.redirected) await cache.put(path, page);
        } catch {
            // Offline meanwhile: what is missing is saved when next visited.
        }
    }
    await cache.put(LIST, response);
    copy = list;
    for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== list.cache) await caches.delete(name);
    }
};

// One save at a time: a copy asked for twice (two tabs, two pages) is saved once, and an older one never
// finishes after a newer one and deletes it.
let saving = Promise.resolve();

self.addEventListener("message", (event) => {
    const address = event.data && event.data.saveCopy;
    if (typeof address === "string" && address.startsWith(`${LIST}?`)) {
        saving = saving.then(() => saveNow(address)).catch(() => {
            // Offline or refused: the next page asks again.
        });
        event.waitUntil(saving);
    }
});

// Pages loaded before the worker was running come under it at once, so their next link is answered offline too.
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The saved page with one attribute added to <html>, which site.js turns into the visible, announced notice.
const markedAsSaved = async (response) => {
    const html = await response.text();
    // The stored length no longer fits the body once the mark is in.
    const headers = new Headers(response.headers);
    headers.delete("Content-Length");
    return new Response(html.replace("<html ", `<html ${SAVED_COPY_MARK} `), {
        status: response.status,
        statusText: response.statusText,
        headers,
    });
};

const networkFirst = async (request, url) => {
    const saved = await newestCopy();
    if (!saved || !saved.pages.includes(url.pathname)) return fetch(request);
    const cache = await caches.open(saved.cache);
    try {
        const response = await fetch(request);
        if (response.ok && !response.redirected) await cache.put(url.pathname, response.clone());
        return response;
    } catch (error) {
        const page = await cache.match(url.pathname);
        if (!page) throw error;
        return markedAsSaved(page);
    }
};

const cacheFirst = async (request, url) => {
    const saved = await newestCopy();
    const cache = saved ? await caches.open(saved.cache) : null;
    const asset = cache ? await cache.match(url.pathname) : undefined;
    if (asset) return asset;
    const response = await fetch(request);
    if (response.ok && cache) await cache.put(url.pathname, response.clone());
    return response;
};

const savedHome = async () => {
    const saved = await newestCopy();
    if (!saved) throw new TypeError("No saved copy");
    return Response.redirect(saved.pages[0], 302);
};

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET") return;
    const url = new URL(request.url);
    if (url.origin !== location.origin) return;
    if (request.mode === "navigate" && url.pathname === "/" && url.search === "") {
        // The installed app starts at /, which redirects by the language cookie: offline, to the saved home.
        event.respondWith(fetch(request).catch(savedHome));
    } else if (request.mode === "navigate" && url.search === "" && PUBLIC_PAGE.test(url.pathname)) {
        event.respondWith(networkFirst(request, url));
    } else if (OFFLINE.assets.includes(url.pathname)) {
        event.respondWith(cacheFirst(request, url));
    }
});
