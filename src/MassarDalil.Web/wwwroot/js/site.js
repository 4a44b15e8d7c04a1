// Progressive enhancement only: every question is readable and every link works without this file.

const openFromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const target = document.getElementById(id);
    if (target instanceof HTMLDetailsElement) {
        target.open = true;
        target.querySelector("summary")?.focus({ preventScroll: true });
        target.scrollIntoView({ block: "start" });
    }
};

// Keep the question open when switching language: /ar/faq#key leads to /en/faq#key.
const keepHashOnLanguageSwitch = () => {
    for (const link of document.querySelectorAll("a.language-switch[data-keep-hash='true']")) {
        link.addEventListener("click", () => {
            document.cookie = `lang=${link.hreflang}; path=/; max-age=31536000; samesite=lax`;
            if (location.hash) link.hash = location.hash;
        });
    }
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
    await navigator.clipboard.writeText(url);
    const label = button.textContent;
    button.textContent = button.dataset.copied;
    button.dataset.state = "copied";
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

document.cookie = `lang=${document.documentElement.lang}; path=/; max-age=31536000; samesite=lax`;
openFromHash();
addEventListener("hashchange", openFromHash);
keepHashOnLanguageSwitch();
enableShare();
