// Reading offline. The server puts OFFLINE in front of this file (see OfflineWorker.cs): the cache's name, which
// changes with every publish and every build, and the addresses of one language's pages and the assets they use.
// Pages: network first, the saved copy when the network fails, marked so the page says it is a saved copy.
// Fingerprinted assets: from the cache, as their address changes when they do. Everything else, the manager,
// the API, search and every POST (feedback) included, is left to the network and never stored.

const SAVED_COPY_MARK = "data-saved-copy";
const PREFIX = "massar-offline-";

const isStorablePage = (url) =>
    url.origin === location.origin && OFFLINE.pages.includes(url.pathname) && url.search === "";

const isAsset = (url) => url.origin === location.origin && OFFLINE.assets.includes(url.pathname);

self.addEventListener("install", (event) => {
    event.waitUntil((async () => {
        const cache = await caches.open(OFFLINE.cache);
        // One by one rather than cache.addAll: a page that fails (unpublished meanwhile) must not lose the others.
        for (const path of [...OFFLINE.assets, ...OFFLINE.pages]) {
            try {
                const response = await fetch(path, { cache: "no-cache", credentials: "omit" });
                if (response.ok && !response.redirected) await cache.put(path, response);
            } catch {
                // Offline during the install: what is missing is saved when next visited.
            }
        }
        await self.skipWaiting();
    })());
});

self.addEventListener("activate", (event) => {
    event.waitUntil((async () => {
        for (const name of await caches.keys()) {
            if (name.startsWith(PREFIX) && name !== OFFLINE.cache) await caches.delete(name);
        }
        await self.clients.claim();
    })());
});

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
    const cache = await caches.open(OFFLINE.cache);
    try {
        const response = await fetch(request);
        if (response.ok && !response.redirected) await cache.put(url.pathname, response.clone());
        return response;
    } catch (error) {
        const saved = await cache.match(url.pathname);
        if (!saved) throw error;
        return markedAsSaved(saved);
    }
};

const cacheFirst = async (request, url) => {
    const cache = await caches.open(OFFLINE.cache);
    const saved = await cache.match(url.pathname);
    if (saved) return saved;
    const response = await fetch(request);
    if (response.ok) await cache.put(url.pathname, response.clone());
    return response;
};

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET") return;
    const url = new URL(request.url);
    if (request.mode === "navigate" && url.origin === location.origin && url.pathname === "/" && url.search === "") {
        // The installed app starts at /, which redirects by the language cookie: offline, to the saved home.
        event.respondWith(fetch(request).catch(() => Response.redirect(OFFLINE.pages[0], 302)));
    } else if (request.mode === "navigate" && isStorablePage(url)) {
        event.respondWith(networkFirst(request, url));
    } else if (isAsset(url)) {
        event.respondWith(cacheFirst(request, url));
    }
});
