// A group of radio buttons drawn as buttons (an anywidget front-end module, no build step).
// Real radio inputs in a <fieldset> named by its <legend>: screen readers hear the group's
// name, each choice and which is chosen; Tab enters the group, arrow keys move the choice,
// Space picks the focused one. Python owns the value; this module draws it and reports clicks.

let groups = 0;

function render({ model, el }) {
  const id = `tk-choice-${++groups}-${Math.random().toString(36).slice(2, 8)}`;
  const group = document.createElement("fieldset");
  group.className = "tk-choice";
  // Arrow keys and letters typed here are ours, not JupyterLab's notebook shortcuts.
  group.setAttribute("data-lm-suppress-shortcuts", "true");
  const legend = document.createElement("legend");
  legend.className = "tk-choice-legend";
  legend.id = `${id}-legend`;
  const row = document.createElement("div");
  row.className = "tk-choice-options";
  group.append(legend, row);
  el.append(group);
  let inputs = [];

  const sync = () => {
    const value = model.get("value");
    const options = model.get("options") || [];
    inputs.forEach((input, index) => {
      input.checked = options[index] !== undefined && options[index].value === value;
      input.disabled = Boolean(model.get("disabled"));
    });
  };

  const draw = () => {
    group.classList.toggle("tk-choice-vertical", Boolean(model.get("vertical")));
    const description = model.get("description") || "";
    legend.textContent = description;
    legend.hidden = !description;
    const more = (model.get("labelled_by") || "").trim();
    if (more) group.setAttribute("aria-labelledby", description ? `${legend.id} ${more}` : more);
    else group.removeAttribute("aria-labelledby");
    row.replaceChildren();
    inputs = (model.get("options") || []).map((option, index) => {
      const input = document.createElement("input");
      input.type = "radio";
      input.name = id;
      input.id = `${id}-${index}`;
      input.value = String(index);
      input.className = "tk-choice-input";
      // JupyterLab checks the focused element itself for this flag: without it, the arrow keys
      // would move between notebook cells instead of between the choices.
      input.setAttribute("data-lm-suppress-shortcuts", "true");
      if (option.hint) input.title = option.hint;
      input.addEventListener("change", () => {
        if (!input.checked) return;
        model.set("value", option.value);
        model.save_changes();
      });
      const label = document.createElement("label");
      label.className = "tk-choice-option";
      label.htmlFor = input.id;
      if (option.hint) label.title = option.hint;
      const tick = document.createElement("span");
      tick.className = "tk-choice-tick";
      tick.setAttribute("aria-hidden", "true");
      tick.textContent = "\u2714";
      const text = document.createElement("span");
      text.textContent = option.label;
      label.append(tick, text);
      row.append(input, label);
      return input;
    });
    sync();
  };

  draw();
  model.on("change:value change:disabled", sync);
  model.on("change:options change:description change:labelled_by change:vertical", draw);
  return () => {
    model.off("change:value change:disabled", sync);
    model.off("change:options change:description change:labelled_by change:vertical", draw);
  };
}

export default { render };
