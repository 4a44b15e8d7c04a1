// The manager's enhancements. Every form works without this file; it adds a Markdown toolbar,
// a live preview rendered by the server's own Markdown pipeline, and a few conveniences.
import { keepText } from "./manager-kept-text.js";

// The page carries the words in the editor's language (ManagerText.ScriptWords): this file holds none of its own.
const labels = JSON.parse(document.getElementById("manager-words")?.textContent || "{}");

// Replaces the text from start to end with what make returns, selecting the part it names; make may return
// null to change nothing (a cancelled prompt).
const replaceRange = (area, start, end, make) => {
    const made = make(area.value.slice(start, end));
    if (!made) return;
    const { text, selectFrom, selectTo } = made;
    area.setRangeText(text, start, end, "end");
    area.setSelectionRange(start + selectFrom, start + selectTo);
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
};

const replaceSelection = (area, make) => replaceRange(area, area.selectionStart, area.selectionEnd, make);

// The whole lines the selection touches: a list is made of lines, wherever in them the selection starts or ends.
const replaceLines = (area, make) => {
    const { selectionStart: start, selectionEnd: end, value } = area;
    const from = value.lastIndexOf("\n", start - 1) + 1;
    // A selection ending just after a line break does not take in the next line.
    const last = end > start && value[end - 1] === "\n" ? end - 1 : end;
    const newline = value.indexOf("\n", last);
    replaceRange(area, from, newline === -1 ? value.length : newline, make);
};

// What an editor types for an address: a scheme is added when none is given ("men.gov.ma" means https).
const asAddress = (typed) => {
    const address = typed.trim();
    if (!address) return null;
    return /^([a-z][a-z0-9+.-]*:|\/|#)/i.test(address) ? address : `https://${address}`;
};

const actions = {
    bold: {
        apply: replaceSelection,
        make: (selected) => {
            const inner = selected || labels.bold;
            return { text: `**${inner}**`, selectFrom: 2, selectTo: 2 + inner.length };
        },
    },
    link: {
        apply: replaceSelection,
        make: (selected) => {
            const address = asAddress(prompt(labels.address, "https://") ?? "");
            if (!address || address === "https://") return null;
            // Links are https, on this site, mail or phone; the save checks look-alike official domains with the server's rules.
            if (!/^(https:\/\/[^\s/]+\.[^\s]+|\/(?!\/)|#|mailto:|tel:)/i.test(address)) {
                alert(labels.unsafe);
                return null;
            }
            const inner = selected.replace(/[\[\]]/g, "") || address;
            return { text: `[${inner}](${address})`, selectFrom: 1, selectTo: 1 + inner.length };
        },
    },
    list: {
        apply: replaceLines,
        make: (selected) => {
            const lines = (selected || labels.list).split("\n")
                .map((line) => (line.trim() === "" || /^\s*[-*+] /.test(line) ? line : `- ${line}`));
            const text = lines.join("\n");
            return { text, selectFrom: 0, selectTo: text.length };
        },
    },
};

const addToolbar = (area) => {
    const bar = document.createElement("div");
    bar.className = "markdown-toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", labels.toolbar);
    bar.setAttribute("aria-controls", area.id);
    for (const name of Object.keys(actions)) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "small";
        button.textContent = labels[name];
        button.dataset.action = name;
        button.addEventListener("click", () => actions[name].apply(area, actions[name].make));
        bar.append(button);
    }
    if (picker) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "small";
        button.textContent = picker.dataset.button;
        button.dataset.action = "image";
        button.addEventListener("click", () => {
            // Where the reference goes: the cursor (or selection) as it was when the dialog opened.
            pickerTarget = { area, start: area.selectionStart, end: area.selectionEnd };
            picker.showModal();
        });
        bar.append(button);
    }
    area.before(bar);
};

// The image picker (_MediaPicker.cshtml): choosing an image puts its reference at the cursor, on a line of its own.
const picker = document.getElementById("media-picker");
let pickerTarget = null;
if (picker) {
    for (const choice of picker.querySelectorAll("button[data-insert]")) {
        choice.addEventListener("click", () => {
            picker.close();
            if (!pickerTarget) return;
            const { area, start, end } = pickerTarget;
            const before = start > 0 && area.value[start - 1] !== "\n" ? "\n\n" : "";
            const after = end < area.value.length && area.value[end] !== "\n" ? "\n\n" : "";
            const text = `${before}${choice.dataset.insert}${after}`;
            replaceRange(area, start, end, () => ({ text, selectFrom: text.length - after.length, selectTo: text.length - after.length }));
        });
    }
    // With the picker in the toolbar the fallback link is not needed.
    document.querySelector(".media-picker-link")?.remove();
}

const addLivePreview = (form, area) => {
    const url = form.dataset.previewUrl;
    const token = form.querySelector("input[name='__RequestVerificationToken']")?.value;
    if (!url || !token) return;
    const box = document.createElement("div");
    box.className = "live-preview prose";
    box.setAttribute("aria-live", "polite");
    box.setAttribute("aria-label", labels.preview);
    box.lang = area.lang;
    box.dir = area.dir;
    area.after(box);
    let timer;
    let latest = 0;
    area.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            const ticket = ++latest;
            const body = new FormData();
            body.set("markdown", area.value);
            body.set("lang", form.dataset.previewLang ?? "");
            body.set("__RequestVerificationToken", token);
            try {
                const response = await fetch(url, { method: "POST", body, credentials: "same-origin" });
                // The server renders with its safe pipeline (no raw HTML, checked links); a 422 says why it cannot.
                if ((response.ok || response.status === 422) && ticket === latest) box.innerHTML = await response.text();
            } catch {
                // No preview this time; the text itself is untouched.
            }
        }, 350);
    });
};

const openFocus = (form) => {
    const id = form.dataset.focus || (location.hash && decodeURIComponent(location.hash.slice(1)));
    const target = id && document.getElementById(id);
    if (!target) return;
    if (target instanceof HTMLDetailsElement) target.open = true;
    target.scrollIntoView({ block: "start" });
};

const guardUnsaved = (form) => {
    // From the first field the editor enters, the save buttons stay in reach at the bottom of the screen (CSS).
    form.addEventListener("focusin", () => form.classList.add("editing"), { once: true });
    let dirty = false;
    form.addEventListener("input", () => { dirty = true; });
    form.addEventListener("submit", () => { dirty = false; });
    addEventListener("beforeunload", (event) => {
        if (dirty) {
            event.preventDefault();
            event.returnValue = labels.leave;
        }
    });
};

for (const form of document.querySelectorAll("form.editor")) {
    for (const area of form.querySelectorAll("textarea[data-markdown]")) {
        addToolbar(area);
        addLivePreview(form, area);
    }
    openFocus(form);
    guardUnsaved(form);
}

keepText();

for (const button of document.querySelectorAll("button[data-confirm]")) {
    button.addEventListener("click", (event) => {
        if (!confirm(button.dataset.confirm)) event.preventDefault();
    });
}

// Publishing a guide under a new address: say first that the old one will redirect (the page says it too once saved).
for (const button of document.querySelectorAll("button[data-slug-change]")) {
    const slug = document.getElementById(button.dataset.slugField);
    button.addEventListener("click", (event) => {
        if (slug && slug.value.trim() !== button.dataset.publishedSlug && !confirm(button.dataset.slugChange)) event.preventDefault();
    });
}

// A question's summary follows what is typed, so a collapsed question shows its current text.
for (const details of document.querySelectorAll("details.question-editor")) {
    const input = details.querySelector("input[name$='.Question']");
    const title = details.querySelector("summary span");
    input?.addEventListener("input", () => { if (input.value.trim()) title.textContent = input.value; });
}

// The manager shows times in the editor's own time zone: tell the server which it is (an IANA id such as
// Africa/Casablanca). Read on the next page; until then times are in the site's zone.
try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && !document.cookie.split("; ").includes(`manager-tz=${encodeURIComponent(zone)}`)) {
        document.cookie = `manager-tz=${encodeURIComponent(zone)}; path=/manager; max-age=31536000; samesite=lax${location.protocol === "https:" ? "; secure" : ""}`;
    }
} catch {
    // No Intl time zone: the site's zone is a fine guess.
}

// The FAQ editor's list filters as the editor types (the form's GET does the same without script): every word must
// be in the question, its key, its search terms or its topic's title, Arabic spellings folded as the server folds them.
const fold = (text) => text.normalize("NFC").replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا").replace(/ة/g, "ه").replace(/ى/g, "ي")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6F0))
    .toLowerCase();

for (const box of document.querySelectorAll("input[data-outline-filter]")) {
    const list = document.getElementById(box.dataset.outlineFilter);
    const count = document.getElementById(box.getAttribute("aria-describedby"));
    if (!list) continue;
    const topics = [...list.children].map((topic) => {
        const title = fold(topic.querySelector(".topic-link")?.textContent ?? "");
        const questions = [...topic.querySelectorAll("li")].map((item) => {
            const link = item.querySelector("a");
            const key = decodeURIComponent(link.getAttribute("href").split("/").pop());
            return { item, text: `${title} ${fold(link.textContent)} ${key} ${fold(item.dataset.find ?? "")}` };
        });
        return { topic, questions };
    });
    const template = count?.textContent ?? "";
    const shownAtFirst = topics.reduce((n, t) => n + t.questions.length, 0);
    let timer;
    box.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            const words = fold(box.value).split(/\s+/).filter(Boolean);
            let shown = 0;
            for (const { topic, questions } of topics) {
                let any = false;
                for (const { item, text } of questions) {
                    const match = words.every((w) => text.includes(w));
                    item.hidden = !match;
                    if (match) { any = true; shown++; }
                }
                topic.hidden = !any;
            }
            // The count's sentence comes from the server, in the manager's language: only its first number changes.
            if (count) count.textContent = template.replace(String(shownAtFirst), String(shown));
        }, 120);
    });
}
