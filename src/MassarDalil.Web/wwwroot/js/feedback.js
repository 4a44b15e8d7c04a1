// "Was this helpful?" without a page reload. Without this file the forms post and the server
// redirects back to the question, which works just as well.

const fill = (templateId, key) => {
    const template = document.getElementById(templateId);
    const fragment = template.content.cloneNode(true);
    // The templates name the question "__key__" (in ids, label targets and the hidden key).
    for (const element of fragment.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
            if (attribute.value.includes("__key__")) attribute.value = attribute.value.replaceAll("__key__", key);
        }
    }
    return fragment;
};

const send = async (form, submitter) => {
    const box = form.closest(".feedback-box");
    const status = box.querySelector("[data-feedback-status]");
    const body = new URLSearchParams(new FormData(form));
    if (submitter?.name) body.set(submitter.name, submitter.value);
    const key = body.get("key");
    for (const button of form.querySelectorAll("button")) button.disabled = true;
    try {
        const response = await fetch(form.action, { method: "POST", body, headers: { Accept: "application/json" } });
        const result = await response.json();
        if (!response.ok) {
            status.textContent = result.message;
            for (const button of form.querySelectorAll("button")) button.disabled = false;
            return;
        }
        if (result.step === "why") {
            form.replaceWith(fill("feedback-why", key));
            status.textContent = "";
        } else {
            // The thanks is said once, by the live region that was already there, so screen readers hear it.
            form.remove();
            status.classList.add("feedback-thanks");
            status.textContent = result.message;
        }
        // The button that had focus is gone: move focus to what replaced it.
        const first = box.querySelector("input[type='radio']");
        (first ?? box).focus();
    } catch {
        status.textContent = form.dataset.failed ?? "";
        for (const button of form.querySelectorAll("button")) button.disabled = false;
    }
};

document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-feedback")) return;
    event.preventDefault();
    send(form, event.submitter);
});
