// A live region that stays on the page (an anywidget front-end module, no build step).
// Screen readers announce changes inside a role="status" element that was already there, so
// this element is made once and only its contents change. `value` is HTML that Python built
// and escaped; `n` changes when Python says something, so the same words said twice are
// announced twice (the region is emptied first, then filled a moment later).

// JupyterLab runs its notebook shortcuts on keys pressed in a focused control unless the
// control carries `data-lm-suppress-shortcuts`: the arrow keys on a focused menu would move to
// another cell instead of changing the choice. Every toolkit widget has a live region, so the
// first one drawn marks the menus, boxes and buttons inside the toolkit's widgets as they get focus.
function guardKeys() {
  const root = document.documentElement;
  if (root.dataset.tkKeysGuarded) return;
  root.dataset.tkKeysGuarded = "true";
  document.addEventListener("focusin", (event) => {
    const target = event.target;
    if (target instanceof Element && target.matches("select, input, textarea") && target.closest(".tk-widget")) {
      target.setAttribute("data-lm-suppress-shortcuts", "true");
    }
  }, true);
}

function render({ model, el }) {
  guardKeys();
  const region = document.createElement("div");
  region.className = "tk-live";
  region.setAttribute("role", "status");
  region.setAttribute("aria-atomic", "true");
  el.append(region);
  let timer = null;

  const attributes = () => {
    region.setAttribute("aria-live", model.get("politeness") === "assertive" ? "assertive" : "polite");
    region.classList.toggle("tk-sr-only", !model.get("visible"));
    const name = model.get("name");
    if (name) region.setAttribute("aria-label", name);
    else region.removeAttribute("aria-label");
  };
  const fill = () => {
    clearTimeout(timer);
    region.innerHTML = "";
    timer = setTimeout(() => { region.innerHTML = model.get("value") || ""; }, 40);
  };

  attributes();
  region.innerHTML = model.get("value") || "";  // what is there when the page opens is not news
  model.on("change:value", fill);
  model.on("change:n", fill);
  model.on("change:politeness change:visible change:name", attributes);
  return () => {
    clearTimeout(timer);
    model.off("change:value", fill);
    model.off("change:n", fill);
    model.off("change:politeness change:visible change:name", attributes);
  };
}

export default { render };
