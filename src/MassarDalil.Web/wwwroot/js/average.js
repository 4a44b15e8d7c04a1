// The grade-average calculator, instantly and without a round trip. The rules are those of
// GradeAverage.cs on the server (same parsing, whole hundredths, cut to the hundredth), which
// computes the same result when this file does not run.

const form = document.querySelector("form[data-average]");
const words = JSON.parse(document.getElementById("average-words")?.textContent ?? "null");

const fold = (text) =>
    text.trim()
        .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
        .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0))
        // The separators of GradeAverage.DecimalSeparators: comma, Arabic decimal separator, Arabic comma.
        .replace(/[,\u066B\u060C]/g, ".");

// "14,5" → { hundredths: 1450 } or { problem: "out-of-range" }.
const read = (text, field) => {
    const value = fold(text);
    if (value === "") return { problem: "missing" };
    if (!/^-?[0-9]{1,6}(\.[0-9]+)?$/.test(value)) return { problem: "not-a-number" };
    const number = Number(value);
    const max = field === "grade" ? words.maxGrade : words.maxCoefficient;
    if (field === "coefficient" && number <= 0) return { problem: "not-positive" };
    if (number < 0 || number > max) return { problem: "out-of-range" };
    const [whole, fraction = ""] = value.replace("-", "").split(".");
    if (fraction.replace(/0+$/, "").length > 2) return { problem: "too-many-decimals" };
    return { hundredths: Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2)) };
};

const rows = () => [...form.querySelectorAll("[data-row]")];
const input = (row, field) => row.querySelector(`[data-field='${field}']`);

const showError = (row, field, problem) => {
    const element = input(row, field);
    const message = row.querySelector(`[data-error='${field}']`);
    message.textContent = problem ? words.problems[`${field}-${problem}`] : "";
    element.setAttribute("aria-invalid", problem ? "true" : "false");
};

// strict: also report missing values (on Calculate); while typing only wrong values are shown.
const calculate = (strict) => {
    let weighted = 0;
    let coefficients = 0;
    let counted = 0;
    let firstInvalid = null;
    for (const row of rows()) {
        const blank = input(row, "subject").value.trim() === "" && input(row, "grade").value.trim() === "";
        const grade = blank ? {} : read(input(row, "grade").value, "grade");
        const coefficient = blank ? {} : read(input(row, "coefficient").value, "coefficient");
        for (const [field, outcome] of [["grade", grade], ["coefficient", coefficient]]) {
            const shown = outcome.problem && (strict || outcome.problem !== "missing") ? outcome.problem : null;
            showError(row, field, shown);
            if (outcome.problem) firstInvalid ??= input(row, field);
        }
        if (grade.hundredths !== undefined && coefficient.hundredths !== undefined) {
            weighted += grade.hundredths * coefficient.hundredths;
            coefficients += coefficient.hundredths;
            counted++;
        }
    }
    if (counted === 0 && !firstInvalid && strict) {
        const first = rows()[0];
        showError(first, "grade", "missing");
        firstInvalid = input(first, "grade");
    }
    return firstInvalid ? { firstInvalid } : counted === 0 ? {} : { hundredths: Math.trunc(weighted / coefficients) };
};

const format = (hundredths) => `${Math.floor(hundredths / 100)}${words.decimalSeparator}${String(hundredths % 100).padStart(2, "0")}`;

const show = (outcome) => {
    const result = form.querySelector("[data-result]");
    if (outcome.hundredths === undefined) {
        result.replaceChildren();
        if (outcome.firstInvalid && outcome.strict) {
            const problem = document.createElement("p");
            problem.className = "average-problem";
            problem.textContent = words.fixFields;
            result.append(problem);
        }
        return;
    }
    const value = document.createElement("p");
    value.className = "average-value";
    const strong = document.createElement("strong");
    strong.dir = "ltr";
    strong.textContent = format(outcome.hundredths);
    // The text holds its own punctuation and says where the figure goes ({0}): "Votre moyenne\u202F: {0} / 20".
    const [before, after = ""] = words.yourAverage.split("{0}");
    value.append(before, strong, after);
    const verdict = document.createElement("p");
    verdict.textContent = outcome.hundredths >= words.passMark * 100 ? words.passed : words.notPassed;
    result.replaceChildren(value, verdict);
};

const renumber = () => {
    rows().forEach((row, i) => {
        row.querySelector("legend").textContent = words.row.replace("{0}", i + 1);
        row.querySelector("[data-remove]").textContent = words.remove.replace("{0}", i + 1);
        for (const field of ["subject", "grade", "coefficient"]) {
            const element = input(row, field);
            const id = `row-${i}-${field}`;
            element.id = id;
            element.name = `Rows[${i}].${field[0].toUpperCase()}${field.slice(1)}`;
            row.querySelector(`label[for^='row-'][for$='-${field}']`).htmlFor = id;
            const error = row.querySelector(`[data-error='${field}']`);
            if (error) {
                error.id = `${id}-error`;
                element.setAttribute("aria-describedby", error.id);
            }
        }
    });
    const addButton = form.querySelector("[data-add]");
    if (addButton) addButton.hidden = rows().length >= words.maxRows;
    for (const button of form.querySelectorAll("[data-remove]")) button.hidden = rows().length <= 1;
};

const addRow = () => {
    const last = rows().at(-1);
    const row = last.cloneNode(true);
    for (const element of row.querySelectorAll("input")) element.value = element.dataset.field === "coefficient" ? "1" : "";
    for (const error of row.querySelectorAll("[data-error]")) error.textContent = "";
    for (const element of row.querySelectorAll("[aria-invalid]")) element.setAttribute("aria-invalid", "false");
    last.after(row);
    renumber();
    input(row, "subject").focus();
};

const removeRow = (row) => {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    renumber();
    show(calculate(false));
    (next?.querySelector("input") ?? form.querySelector("[data-add]"))?.focus();
};

if (form && words) {
    // The result is a live region: wait for a pause in typing so it is not read out at every key.
    let timer = 0;
    form.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(() => show(calculate(false)), 300);
    });
    form.addEventListener("click", (event) => {
        const remove = event.target.closest("[data-remove]");
        if (remove) removeRow(remove.closest("[data-row]"));
    });
    form.addEventListener("submit", (event) => {
        event.preventDefault();
        // A pending as-you-type check would otherwise land after this one and hide its messages.
        clearTimeout(timer);
        if (event.submitter?.hasAttribute("data-add")) {
            addRow();
            return;
        }
        const outcome = calculate(true);
        show({ ...outcome, strict: true });
        outcome.firstInvalid?.focus();
    });
    renumber();
}
