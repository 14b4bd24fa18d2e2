// @ts-check
// The question page's one script: answers appear without a reload, the address and the back button follow each one, and screen readers hear it arrive. Without it the form still works.

const form = /** @type {HTMLFormElement | null} */ (document.querySelector("form[data-ask]"));
if (form) enhance(form);
if (document.body.classList.contains("stp-embed") && window.parent !== window) tellFrameHeight();

/**
 * In a frame (/embed), tells the page around it how tall the content is whenever that changes,
 * so a site can grow its iframe to fit each answer instead of showing a scroll bar inside it
 * (README: "Embed it"). Only the height is sent, to whichever site framed it: nothing else.
 */
function tellFrameHeight() {
  let sent = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ stpBotHeight: height }, "*");
  }).observe(document.documentElement);
}

/**
 * Takes over the question form: fetches the reply region from `/part` (or `/embed/part`), swaps
 * it in, and records the page's own address in history, so reloading or going back shows it.
 * @param {HTMLFormElement} form
 */
function enhance(form) {
  const input = /** @type {HTMLInputElement} */ (form.querySelector("#question"));
  const state = /** @type {HTMLInputElement} */ (form.querySelector("[data-conversation]"));
  const label = /** @type {HTMLElement} */ (form.querySelector("#question-label"));
  const newQuestion = /** @type {HTMLElement} */ (form.querySelector("[data-new-question]"));
  const announcer = /** @type {HTMLElement} */ (document.getElementById("announcer"));
  const group = /** @type {HTMLElement} */ (form.querySelector("[data-question-group]"));
  const base = form.getAttribute("action") ?? "/";
  const part = base === "/" ? "/part" : `${base}/part`;
  const serviceName = document.title.split(" – ").at(-1) ?? document.title;
  /** The main content's column: the h1, the form and the reply, where an error summary goes first. */
  const column = /** @type {HTMLElement} */ (form.parentElement);
  /** @type {AbortController | null} */
  let pending = null;

  /** The page address whose reply is on screen. */
  let shown = location.pathname + location.search;
  history.replaceState({ result: regionMarkup() }, "", location.href);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ q: input.value });
    if (state.value) params.set("c", state.value);
    void ask(params, false);
  });

  // Suggested and example questions are links to the page: follow them in place.
  document.addEventListener("click", (event) => {
    const target = /** @type {Element | null} */ (event.target);
    const link = /** @type {HTMLAnchorElement | null} */ (
      target?.closest("a[data-ask-link]") ?? null
    );
    if (
      !link ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    void ask(new URL(link.href).searchParams, true);
  });

  window.addEventListener("popstate", (event) => {
    if (event.state?.result) {
      show(event.state.result, false);
      shown = location.pathname + location.search;
    }
    // The skip link's jump to #maincontent is a history entry too, on the same question.
    else if (location.pathname + location.search !== shown) location.reload();
  });

  /**
   * @param {URLSearchParams} params the question and conversation, as the form would send them
   * @param {boolean} fromLink focus goes to the reply, since the link clicked is gone
   */
  async function ask(params, fromLink) {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    form.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(`${part}?${params}`, { signal: controller.signal });
      if (!response.ok && response.status !== 429) throw new Error(`HTTP ${response.status}`);
      const markup = await response.text();
      show(markup, true);
      if (response.ok) {
        // A question refused (too long) stays in the box to be corrected; an answered one goes.
        if (!region().dataset.fieldError) input.value = "";
        // A reply that ends the conversation ("new") gets an address without it, which would
        // otherwise still carry the questions the page has just said are forgotten.
        if (!region().dataset.conversation) params.delete("c");
        history.pushState({ result: markup }, "", `${base}?${params}`);
        shown = `${base}?${params}`;
      }
      if (fromLink) document.getElementById("reply-heading")?.focus();
    } catch {
      if (controller.signal.aborted) return;
      // Whatever failed, the page without script still works: ask it that way.
      location.assign(`${base}?${params}`);
    } finally {
      if (pending === controller) form.removeAttribute("aria-busy");
    }
  }

  /**
   * Puts a reply region in place, with the conversation, label and title that go with it.
   * @param {string} markup the region as the server rendered it (every question escaped there)
   * @param {boolean} announce whether the live region should read it out
   */
  function show(markup, announce) {
    const template = document.createElement("template");
    template.innerHTML = markup;
    const next = /** @type {HTMLElement | null} */ (template.content.querySelector("#result"));
    if (!next) return;
    region().replaceWith(next);
    const conversation = next.dataset.conversation ?? "";
    state.value = conversation;
    state.disabled = !conversation;
    label.textContent = conversation ? "Ask a follow-up question" : "Your question";
    newQuestion.classList.toggle("stp-hidden", !conversation);
    document.title = next.dataset.title ? `${next.dataset.title} – ${serviceName}` : serviceName;
    next.querySelector("#reply-heading")?.setAttribute("tabindex", "-1");
    // NHS.UK's error pattern: the error summary goes at the top of the main content, above the h1.
    errorSummary()?.remove();
    const summary = next.querySelector(".nhsuk-error-summary");
    if (summary) column.prepend(summary);
    markField(next.dataset.fieldError ?? "");
    if (announce) {
      // Emptied first, so the same words said twice in a row are read out twice.
      announcer.textContent = "";
      setTimeout(() => {
        announcer.textContent = next.dataset.announce ?? "";
      }, 50);
    }
  }

  /**
   * Marks the question box with what is wrong with the question ("" clears it), as the server
   * marks it on a page without script: the NHS.UK error message above the box, and aria-invalid.
   * @param {string} message
   */
  function markField(message) {
    group.classList.toggle("nhsuk-form-group--error", message !== "");
    input.classList.toggle("nhsuk-input--error", message !== "");
    group.querySelector("#question-error")?.remove();
    if (!message) {
      input.removeAttribute("aria-invalid");
      input.setAttribute("aria-describedby", "question-hint");
      return;
    }
    const error = document.createElement("span");
    error.className = "nhsuk-error-message";
    error.id = "question-error";
    const hidden = document.createElement("span");
    hidden.className = "nhsuk-u-visually-hidden";
    hidden.textContent = "Error:";
    error.append(hidden, ` ${message}`);
    input.before(error);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", "question-hint question-error");
  }

  /** The error summary above the h1, if the reply on screen has one. */
  function errorSummary() {
    return column.querySelector(":scope > .nhsuk-error-summary");
  }

  /** The reply on screen as `/part` sends it: the region, with the error summary back inside. */
  function regionMarkup() {
    const copy = /** @type {HTMLElement} */ (region().cloneNode(true));
    const summary = errorSummary();
    if (summary) copy.prepend(summary.cloneNode(true));
    return copy.outerHTML;
  }

  function region() {
    return /** @type {HTMLElement} */ (document.getElementById("result"));
  }
}
