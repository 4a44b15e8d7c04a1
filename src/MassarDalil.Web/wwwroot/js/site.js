// Progressive enhancement only: every question is readable and every link works without this file.

const openFromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const target = document.getElementById(id);
    if (target instanceof HTMLDetailsElement) {
        target.open = true;
        const reveal = () => {
            target.querySelector("summary")?.focus({ preventScroll: true });
            target.scrollIntoView({ block: "start" });
        };
        // After the browser's own scroll to the fragment, which would otherwise take the focus back;
        // on a slow phone that scroll can come as late as the load event, so look again then,
        // unless the visitor has already moved the focus somewhere.
        requestAnimationFrame(reveal);
        if (document.readyState !== "complete") {
            addEventListener("load", () => {
                if (document.activeElement === document.body) reveal();
            }, { once: true });
        }
    }
};

// Keep the question open when switching language: /ar/faq#key leads to /en/faq#key.
const keepHashOnLanguageSwitch = () => {
    for (const link of document.querySelectorAll("a.language-switch")) {
        link.addEventListener("click", () => {
            document.cookie = `lang=${link.hreflang}; path=/; max-age=31536000; samesite=lax`;
            if (link.dataset.keepHash === "true" && location.hash) link.hash = location.hash;
        });
    }
};

// A question opened by a tap or a key puts its #key in the address (replacing it, so Back still leaves the
// page), so the language switch, a copied address and a reload keep it; closing it takes the key away again.
// Clicks only: the answers opened for printing or by find-in-page are not the visitor's choice of question.
const keepOpenQuestionInAddress = () => {
    document.addEventListener("click", (event) => {
        const summary = event.target instanceof Element ? event.target.closest("details.question > summary") : null;
        const question = summary?.parentElement;
        if (!question?.id) return;
        // The click runs before the browser toggles the question: open now means about to close.
        const hash = `#${encodeURIComponent(question.id)}`;
        if (!question.open) {
            history.replaceState(history.state, "", hash);
        } else if (location.hash === hash) {
            history.replaceState(history.state, "", location.pathname + location.search);
        }
    });
};

// One polite live region, so screen readers hear "Link copied" as sighted visitors see it.
const announce = (text) => {
    let status = document.querySelector("[data-share-status]");
    if (!status) {
        status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.dataset.shareStatus = "";
        document.body.append(status);
    }
    status.textContent = "";
    setTimeout(() => { status.textContent = text; }, 50);
};

const share = async (button) => {
    const url = new URL(button.dataset.shareUrl, location.href).href;
    if (navigator.share) {
        try {
            await navigator.share({ title: button.dataset.shareTitle, url });
        } catch {
            // The visitor closed the share sheet: nothing to do.
        }
        return;
    }
    try {
        await navigator.clipboard.writeText(url);
    } catch {
        return; // No permission to copy: the question's own link is still there to copy by hand.
    }
    const label = button.textContent;
    button.textContent = button.dataset.copied;
    button.dataset.state = "copied";
    announce(button.dataset.copied);
    setTimeout(() => {
        button.textContent = label;
        delete button.dataset.state;
    }, 2000);
};

const enableShare = () => {
    if (!navigator.share && !navigator.clipboard) return;
    for (const button of document.querySelectorAll("button.share")) {
        button.hidden = false;
        button.addEventListener("click", () => share(button));
    }
};

// Print every answer: open the closed ones for the printout, then close them again.
const openAnswersForPrint = () => {
    const opened = [];
    addEventListener("beforeprint", () => {
        for (const details of document.querySelectorAll("details:not([open])")) {
            details.open = true;
            opened.push(details);
        }
    });
    addEventListener("afterprint", () => {
        for (const details of opened.splice(0)) details.open = false;
    });
};

// Reading offline: the worker saves the copy of this language's pages that this page names (it changes with
// each publish); a page it answers from that copy has <html data-saved-copy>, and the notice says so (after a
// moment, so screen readers announce it).
const enableOfflineReading = () => {
    const { offlineWorker: worker, offlineCopy: copy } = document.body.dataset;
    if (worker && copy && "serviceWorker" in navigator) {
        navigator.serviceWorker.register(worker, { scope: "/" })
            .then(() => navigator.serviceWorker.ready)
            .then((registration) => registration.active.postMessage({ saveCopy: copy }))
            .catch(() => {
                // Refused (private window, storage full): the site works online as before.
            });
    }
    const notice = document.querySelector("[data-saved-copy-text]");
    if (notice && document.documentElement.hasAttribute("data-saved-copy")) {
        setTimeout(() => { notice.textContent = notice.dataset.savedCopyText; }, 50);
    }
};

document.cookie = `lang=${document.documentElement.lang}; path=/; max-age=31536000; samesite=lax`;
openFromHash();
addEventListener("hashchange", openFromHash);
keepHashOnLanguageSwitch();
keepOpenQuestionInAddress();
enableShare();
openAnswersForPrint();
enableOfflineReading();
