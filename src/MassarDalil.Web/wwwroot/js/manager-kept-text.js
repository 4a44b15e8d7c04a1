// A failed save keeps the editor's text. A form marked data-keep leaves a copy of its fields in sessionStorage as it is
// sent: this tab only, gone when the tab closes, which is safer than localStorage on a shared school computer. The
// server names the address whose post it handled (the layout's data-handled, from PostedForms.cs): that copy goes.
// A copy that is still there when its form shows other values means the post never arrived (the session had ended,
// the form had expired, the server was gone): a notice in the manager's words offers to put the text back.

const template = document.getElementById("kept-text");
const prefix = "massar-kept:";

// Never a password, a file or the antiforgery token; buttons carry no text of the editor's.
const skipped = new Set(["password", "file", "submit", "button", "reset", "image"]);

const fieldsOf = (form) => [...form.elements].filter((field) => field.name && field.matches("input, textarea, select")
    && !skipped.has(field.type) && field.name !== "__RequestVerificationToken");

const read = (field) => {
    if (field.type === "checkbox" || field.type === "radio") return field.checked;
    if (field.type === "select-multiple") return [...field.selectedOptions].map((option) => option.value);
    return field.value;
};

// The address the form posts to, as the server sees it: the key of its copy, and what data-handled names.
const addressOf = (form) => {
    const url = new URL(form.getAttribute("action") ?? "", location.href);
    return prefix + url.pathname + url.search;
};

// Storage can be full or refused (private windows, policies): then nothing is kept, and the form works as before.
const storage = {
    get: (key) => { try { return JSON.parse(sessionStorage.getItem(key) ?? "null"); } catch { return null; } },
    set: (key, value) => { try { sessionStorage.setItem(key, JSON.stringify(value)); } catch { /* not kept */ } },
    drop: (key) => { try { sessionStorage.removeItem(key); } catch { /* nothing to drop */ } },
};

const snapshot = (form) => fieldsOf(form).map((field) => ({ name: field.name, value: read(field), shown: field.type !== "hidden" }));

const keep = (form) => storage.set(addressOf(form), { form: form.id, fields: snapshot(form) });

// What the editor sees, compared as the server stores it: line ends and outer spaces do not count. Hidden fields
// (the version the text was written on) change with every save, so they do not either.
const shown = (fields) => JSON.stringify(fields.filter((f) => f.shown)
    .map(({ name, value }) => [name, typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : value]));

// The copy's value for each field: fields sharing a name (checkboxes, radios) are matched in order.
const valuesFor = (copy, fields) => {
    const used = new Map();
    return fields.map((field) => {
        const n = used.get(field.name) ?? 0;
        used.set(field.name, n + 1);
        return copy.fields.filter((f) => f.name === field.name)[n]?.value;
    });
};

const write = (field, value) => {
    if (field.readOnly || field.disabled || value === undefined) return false;
    if (field.type === "checkbox" || field.type === "radio") {
        if (field.checked === value) return false;
        field.checked = value;
    } else if (field.type === "select-multiple") {
        for (const option of field.options) option.selected = value.includes(option.value);
    } else {
        // A choice that no longer exists (a topic removed since) leaves the select as it is.
        if (field.value === value || (field.type === "select-one" && ![...field.options].some((o) => o.value === value))) return false;
        field.value = value;
    }
    // As if typed: the unsaved-changes warning, the live preview and a question's title follow.
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
    return true;
};

// Fills the form with its copy, with the version the text was written on, so that saving merges with what others
// saved since rather than overwriting it. Focus goes to the first field that changed.
const putBack = (form, copy) => {
    const fields = fieldsOf(form);
    const values = valuesFor(copy, fields);
    const changed = fields.filter((field, i) => write(field, values[i]));
    changed.forEach(unfold);
    focusIn(form, changed);
};

// The notice had the focus: it goes to a field, so that the editor is not sent back to the top of the page.
const focusIn = (form, fields = []) =>
    (fields.find((f) => f.type !== "hidden") ?? fieldsOf(form).find((f) => f.type !== "hidden"))?.focus();

// A folded part of the page (a question of the FAQ, an image's descriptions) opens to show what is in it.
const unfold = (element) => {
    for (let details = element.closest("details"); details; details = details.parentElement?.closest("details")) details.open = true;
};

const offer = (form, copy, key) => {
    const notice = template.content.firstElementChild.cloneNode(true);
    notice.querySelector("[data-kept='restore']").addEventListener("click", () => {
        notice.remove();
        // The copy stays until the next save replaces it, in case the editor leaves before saving.
        putBack(form, copy);
    });
    notice.querySelector("[data-kept='discard']").addEventListener("click", () => {
        storage.drop(key);
        notice.remove();
        focusIn(form);
    });
    form.prepend(notice);
    unfold(form);
};

export const keepText = () => {
    if (!template) return;
    if (template.dataset.handled) storage.drop(prefix + template.dataset.handled);
    for (const form of document.querySelectorAll("form[data-keep]")) {
        const key = addressOf(form);
        form.addEventListener("submit", () => keep(form));
        const copy = storage.get(key);
        if (copy?.form !== form.id) continue;
        if (shown(copy.fields) === shown(snapshot(form))) {
            // The save worked, or nothing was typed: nothing to offer.
            storage.drop(key);
        } else {
            offer(form, copy, key);
        }
    }
};
