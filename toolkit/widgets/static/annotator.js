// The annotation widget's view (an anywidget front-end module: plain ES module, no build step,
// no imports). It draws what Python sends (the text, blocks, words, labels, spans, the pending
// selection, a status line) and reports what the student does as messages. Python owns the
// state, the rules (snapping to words, which labels exist) and the saving.
//
// Offsets here are UTF-16 code units, which is what JavaScript strings and DOM selections
// count; Python converts them to and from its own string offsets at its boundary.
//
// Article text only ever reaches the page as text nodes (textContent); it is never parsed as HTML.

const SHORTCUT_HELP = [
  ["Arrow Right / Left", "move to the next / previous word (it becomes the selection)"],
  ["Shift + Arrow Right / Left", "make the selection longer or shorter by a word"],
  ["Arrow Down / Up", "move to the next / previous sentence"],
  ["Shift + Arrow Down / Up", "select to the end / start of the sentence"],
  ["a label's key (1, 2, ...)", "give the selection that label"],
  ["Enter", "edit the mark under the cursor"],
  ["Delete", "remove the mark under the cursor"],
  ["Ctrl + Z (or U)", "undo the last change"],
  ["Escape", "clear the selection or close the editor"],
];

let viewCount = 0;

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") element.className = value;
    else if (name === "text") element.textContent = value;
    else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

function pairs(flat) {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}

// Index of the last item whose start is <= offset (-1 when none).
function lastStartingAtOrBefore(items, offset) {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (items[middle][0] <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function quote(text, limit = 60) {
  const flat = text.replace(/\s+/g, " ").trim();
  return "\u201c" + (flat.length > limit ? flat.slice(0, limit - 1) + "\u2026" : flat) + "\u201d";
}

class AnnotatorView {
  constructor(model, el) {
    this.model = model;
    this.el = el;
    this.uid = `tk-ann-${++viewCount}`;
    this.cursor = null; // index of the keyboard cursor's word
    this.anchor = null; // index of the word where a keyboard selection started
    this.editing = null; // id of the span open in the editor
    this.lastAnnounced = -1;
    this.pointerDown = false;
    this.selectionTimer = null;
    this.listeners = [];
    this.readModel();
    this.build();
    this.renderAll();
    const on = (name, callback) => {
      model.on(name, callback);
      this.listeners.push([name, callback]);
    };
    on("change:spans", () => this.renderAll());
    on("change:selection", () => this.renderAll());
    on("change:labels", () => {
      this.readModel();
      this.buildPalette();
      this.renderAll();
    });
    on("change:text change:blocks change:words change:sentences", () => {
      this.readModel();
      this.renderAll();
    });
    on("change:status", () => this.announceStatus());
    on("change:notice", () => this.renderNotice());
    on("change:saved", () => this.renderFooter());
    on("change:can_undo", () => this.renderFooter());
    on("change:key_state", () => this.renderKeyState());
    this.onSelectionChange = () => this.selectionChanged();
    document.addEventListener("selectionchange", this.onSelectionChange);
    // A drag may end outside the widget: listen for the button's release on the whole page.
    this.onMouseUp = (event) => {
      if (!this.pointerDown) return;
      this.pointerDown = false;
      this.mouseup(event);
    };
    document.addEventListener("mouseup", this.onMouseUp);
  }

  destroy() {
    for (const [name, callback] of this.listeners) this.model.off(name, callback);
    document.removeEventListener("selectionchange", this.onSelectionChange);
    document.removeEventListener("mouseup", this.onMouseUp);
    clearTimeout(this.selectionTimer);
  }

  readModel() {
    const model = this.model;
    this.text = model.get("text") || "";
    this.blocks = model.get("blocks") || [];
    this.words = pairs(model.get("words") || []);
    this.sentences = pairs(model.get("sentences") || []);
    this.labels = model.get("labels") || [];
    this.labelByName = new Map(this.labels.map((label) => [label.name, label]));
  }

  send(message) {
    this.model.send(message);
  }

  // ----- building the page ------------------------------------------------------------------

  build() {
    const id = this.uid;
    this.root = h("div", {
      class: "tk-ann",
      "data-mode": this.model.get("mode") || "student",
      // Keys typed inside the widget are ours, not JupyterLab's (digits would turn a cell into a heading).
      "data-lm-suppress-shortcuts": "true",
    });
    this.root.addEventListener("keydown", (event) => this.keydown(event));

    const mode = this.model.get("mode");
    this.heading = h("p", { class: "tk-ann-heading", id: `${id}-heading` },
      mode === "key" ? "Answer key: check each mark, fix or add, then save the key as reviewed"
                     : "Mark up the article");
    const help = h("details", { class: "tk-ann-help" },
      h("summary", {}, "How to mark (mouse and keyboard)"),
      h("p", {}, "With the mouse: select some words, then click a label (or press its key). " +
                 "Selections widen to whole words. Click a mark, or its letter badge, to change " +
                 "its label, add a note or delete it. Marks may overlap."),
      h("ul", { class: "tk-ann-keys" },
        ...SHORTCUT_HELP.map(([keys, what]) => h("li", {}, h("kbd", {}, keys), " ", what))),
      h("p", {}, "Screen reader users: move into the article text with Tab and switch to focus " +
                 "(forms) mode, then use the keys above; every change is announced."));
    this.notice = h("div", { class: "tk-ann-notice", role: "alert", hidden: true });
    this.palette = h("div", { class: "tk-ann-palette", role: "group", "aria-label": "Labels" });
    this.keyBar = h("div", { class: "tk-ann-keybar", hidden: true });
    this.selectionLine = h("p", { class: "tk-ann-selection", id: `${id}-selection` });
    this.textEl = h("div", {
      class: "tk-ann-text",
      tabindex: "0",
      role: "region",
      "aria-label": "Article text to mark up",
      "aria-describedby": `${id}-textkeys`,
    });
    this.textKeys = h("span", { class: "tk-ann-sr-only", id: `${id}-textkeys` },
      "Arrow keys move word by word, Shift with arrows selects, a label's number key applies it.");
    this.textEl.addEventListener("mousedown", (event) => {
      this.pointerDown = event.button === 0 && !this.editor.contains(event.target);
      if (this.pointerDown) clearTimeout(this.selectionTimer); // a timer from before the drag must not report half of it
    });
    this.textEl.addEventListener("focus", () => this.textEl.classList.add("tk-ann-focused"));
    this.textEl.addEventListener("blur", () => this.textEl.classList.remove("tk-ann-focused"));
    this.status = h("div", { class: "tk-ann-status", role: "status", "aria-live": "polite" });
    this.footer = h("div", { class: "tk-ann-footer" });
    this.undoButton = h("button", {
      type: "button", class: "tk-ann-button tk-ann-undo", "aria-keyshortcuts": "Control+Z",
      onclick: () => this.send({ action: "undo" }),
    }, "Undo");
    this.savedLine = h("span", { class: "tk-ann-saved" });
    this.countLine = h("span", { class: "tk-ann-count" });
    this.footer.append(this.undoButton, this.countLine, this.savedLine);
    this.editor = h("div", { class: "tk-ann-editor", role: "group", hidden: true });

    const sticky = h("div", { class: "tk-ann-sticky" }, this.palette, this.keyBar, this.selectionLine);
    this.root.append(this.heading, help, this.notice, sticky, this.textKeys, this.textEl, this.status, this.footer);
    this.el.append(this.root);
    this.buildPalette();
    this.renderNotice();
    this.renderFooter();
    this.renderKeyState();
  }

  buildPalette() {
    this.palette.replaceChildren();
    for (const label of this.labels) {
      const definitionId = `${this.uid}-def-${label.name}`;
      const button = h("button", {
        type: "button",
        class: "tk-ann-button tk-ann-label-button",
        "data-label": label.name,
        "aria-describedby": definitionId,
        "aria-keyshortcuts": label.key || null,
        onclick: () => this.applyLabel(label.name),
      },
      this.badgeSwatch(label),
      h("span", { class: "tk-ann-label-title" }, label.title),
      label.key ? h("kbd", { class: "tk-ann-key", "aria-hidden": "true" }, label.key) : null);
      const definition = h("span", { class: "tk-ann-definition", role: "tooltip", id: definitionId },
        label.definition || label.title);
      this.palette.append(h("span", { class: "tk-ann-label-item" }, button, definition));
    }
  }

  badgeSwatch(label) {
    const swatch = h("span", { class: "tk-ann-swatch", "aria-hidden": "true" }, label.badge);
    swatch.style.setProperty("--tk-colour", label.colour);
    swatch.style.setProperty("--tk-bg", label.background);
    return swatch;
  }

  // ----- drawing the text -------------------------------------------------------------------

  renderAll() {
    const focus = this.describeFocus();
    const spans = this.model.get("spans") || [];
    const selection = this.model.get("selection") || {};
    const pending = Number.isInteger(selection.start) && selection.end > selection.start ? selection : null;
    this.root.dataset.mode = this.model.get("mode") || "student";
    // Each mark's letter badge goes where it ends, or at the end of the last block it touches.
    const lastBlock = new Map();
    const badgeAt = new Map();
    for (const span of spans) {
      for (const block of this.blocks) {
        if (block.start < span.end && span.start < block.end) {
          lastBlock.set(span.id, block.index);
          badgeAt.set(span.id, Math.min(span.end, block.end));
        }
      }
    }
    const cursorRange = this.cursorRange();
    const blocks = this.blocks.map((block) => this.renderBlock(block, spans, pending, cursorRange, lastBlock, badgeAt));
    this.textEl.replaceChildren(...blocks);
    if (pending) {
      this.selectionLine.textContent = `Selected: ${quote(pending.text || this.text.slice(pending.start, pending.end))}` +
        " \u2014 now click a label or press its key.";
      this.selectionLine.classList.add("tk-ann-has-selection");
      const native = window.getSelection();
      if (native && native.rangeCount && this.textEl.contains(native.anchorNode)) native.removeAllRanges();
    } else {
      this.selectionLine.textContent = "Select words in the article, then choose a label.";
      this.selectionLine.classList.remove("tk-ann-has-selection");
    }
    this.countLine.textContent = `${spans.length} mark${spans.length === 1 ? "" : "s"}`;
    this.placeEditor(spans);
    this.restoreFocus(focus);
  }

  renderBlock(block, spans, pending, cursorRange, lastBlock, badgeAt) {
    const kind = block.kind || "paragraph";
    const element = h("div", { class: `tk-ann-block tk-ann-kind-${kind}`, "data-block": block.index });
    element.append(h("span", { class: "tk-ann-place", "aria-hidden": "true", title: block.place }, block.margin || ""));
    const body = h("span", { class: "tk-ann-body" });
    element.append(body);
    const inside = spans.filter((s) => s.end > block.start && s.start < block.end);
    const cuts = new Set([block.start, block.end]);
    const clip = (value) => Math.min(block.end, Math.max(block.start, value));
    for (const span of inside) {
      cuts.add(clip(span.start));
      cuts.add(clip(span.end));
    }
    for (const range of [pending, cursorRange]) {
      if (range) {
        cuts.add(clip(range.start));
        cuts.add(clip(range.end));
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const left = points[i];
      const right = points[i + 1];
      if (right <= left) continue;
      let node = h("span", { class: "tk-ann-t", "data-s": left }, this.text.slice(left, right));
      if (cursorRange && cursorRange.start <= left && cursorRange.end >= right) {
        node = h("span", { class: "tk-ann-cursor" }, node);
      }
      if (pending && pending.start <= left && pending.end >= right) {
        node = h("mark", { class: "tk-ann-pending" }, node);
      }
      const covering = inside
        .filter((s) => s.start <= left && s.end >= right)
        .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
      for (let depth = covering.length - 1; depth >= 0; depth--) {
        node = this.markElement(covering[depth], depth, node);
      }
      body.append(node);
      const ending = covering
        .filter((s) => lastBlock.get(s.id) === block.index && badgeAt.get(s.id) === right)
        .reverse(); // innermost first
      for (const span of ending) body.append(this.badge(span));
    }
    return element;
  }

  markElement(span, depth, child) {
    const label = this.labelByName.get(span.label) || { title: span.label, colour: "#444444", background: "#eeeeee", underline: "solid" };
    const mark = h("mark", {
      class: `tk-ann-mark${span.id === this.editing ? " tk-ann-editing" : ""}`,
      "data-span-id": span.id,
      "data-label": span.label,
      "data-depth": Math.min(depth, 4),
    }, child);
    mark.style.setProperty("--tk-colour", label.colour);
    mark.style.setProperty("--tk-bg", label.background);
    mark.style.setProperty("--tk-underline", label.underline === "wavy" ? "wavy" : label.underline);
    return mark;
  }

  badge(span) {
    const label = this.labelByName.get(span.label) || { title: span.label, badge: "?", colour: "#444444", background: "#eeeeee" };
    const keyMode = this.model.get("mode") === "key";
    const accepted = keyMode && span.accepted;
    let name = `${label.title} mark: ${quote(span.text || "")}.`;
    if (span.note) name += ` Note: ${span.note}.`;
    if (keyMode) name += accepted ? " Accepted." : " Not yet accepted.";
    name += " Press to edit.";
    const button = h("button", {
      type: "button",
      class: `tk-ann-badge${accepted ? " tk-ann-accepted" : ""}${keyMode && !accepted ? " tk-ann-unchecked" : ""}`,
      "data-span-id": span.id,
      "data-label": span.label,
      "aria-label": name,
      title: `${label.title}${span.note ? " \u2014 " + span.note : ""} (click to edit)`,
      onclick: (event) => {
        event.preventDefault();
        event.stopPropagation();
        this.openEditor(span.id);
      },
    }, label.badge || "?", span.note ? "\u270e" : "", accepted ? "\u2713" : "");
    button.style.setProperty("--tk-colour", label.colour);
    button.style.setProperty("--tk-bg", label.background);
    return button;
  }

  // ----- selection with the mouse -----------------------------------------------------------

  segments() {
    return [...this.textEl.querySelectorAll(".tk-ann-t")];
  }

  // The UTF-16 offset of a DOM boundary point (node, offset) inside the text.
  boundaryOffset(node, offset, isEnd) {
    if (node.nodeType === Node.TEXT_NODE) {
      const segment = node.parentElement && node.parentElement.closest(".tk-ann-t");
      if (segment && this.textEl.contains(segment)) return Number(segment.dataset.s) + offset;
    } else {
      const segment = node.closest && node.closest(".tk-ann-t");
      if (segment && this.textEl.contains(segment)) {
        return Number(segment.dataset.s) + (offset > 0 ? segment.textContent.length : 0);
      }
    }
    // A point in a badge, a margin number or between blocks: the nearest text on the right side.
    const segments = this.segments();
    const point = document.createRange();
    point.setStart(node, offset);
    let low = 0;
    let high = segments.length;
    while (low < high) { // first segment starting at or after the point
      const middle = (low + high) >> 1;
      if (point.comparePoint(segments[middle].firstChild || segments[middle], 0) >= 0) high = middle;
      else low = middle + 1;
    }
    if (isEnd) {
      if (low === 0) return segments.length ? Number(segments[0].dataset.s) : 0;
      const before = segments[low - 1];
      return Number(before.dataset.s) + before.textContent.length;
    }
    if (low >= segments.length) return this.text.length;
    return Number(segments[low].dataset.s);
  }

  readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!range.intersectsNode(this.textEl)) return null;
    if (this.editor.contains(range.startContainer) || this.editor.contains(range.endContainer)) return null;
    const inStart = this.textEl.contains(range.startContainer);
    const inEnd = this.textEl.contains(range.endContainer);
    if (!inStart && !inEnd) return null;
    const start = inStart ? this.boundaryOffset(range.startContainer, range.startOffset, false) : 0;
    const end = inEnd ? this.boundaryOffset(range.endContainer, range.endOffset, true) : this.text.length;
    return end > start ? { start, end } : null;
  }

  mouseup(event) {
    const range = this.readSelection();
    if (range) {
      this.cursor = null; // the keyboard carries on from the mouse's selection
      this.anchor = null;
      this.reportSelection(range);
      return;
    }
    // A click without a drag: on a mark, open it; elsewhere, drop the selection.
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !this.textEl.contains(target)) return;
    const mark = target.closest("mark.tk-ann-mark");
    if (mark) {
      const marks = [];
      for (let m = mark; m && this.textEl.contains(m); m = m.parentElement) {
        if (m.matches("mark.tk-ann-mark")) marks.push(m);
      }
      this.openEditor(marks[0].dataset.spanId); // the innermost mark under the pointer
    } else if (!target.closest(".tk-ann-badge, .tk-ann-editor")) {
      this.clearSelection();
    }
  }

  selectionChanged() {
    // Touch screens select without a mouseup: report a selection once it has settled.
    if (this.pointerDown) return;
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => {
      if (this.pointerDown) return; // a drag began since: its mouseup reports the selection
      const range = this.readSelection();
      if (range) this.reportSelection(range);
    }, 500);
  }

  reportSelection(range) {
    const current = this.model.get("selection") || {};
    if (current.start === range.start && current.end === range.end) return;
    if (this.lastReported && this.lastReported.start === range.start && this.lastReported.end === range.end &&
        Date.now() - this.lastReported.at < 300) return;
    this.lastReported = { ...range, at: Date.now() };
    this.send({ action: "select", start: range.start, end: range.end });
  }

  clearSelection() {
    const current = this.model.get("selection") || {};
    if (Number.isInteger(current.start)) this.send({ action: "select", start: null, end: null });
  }

  applyLabel(name) {
    this.send({ action: "label", label: name });
  }

  // ----- the keyboard -----------------------------------------------------------------------

  cursorRange() {
    if (this.cursor === null || !this.words.length) return null;
    const word = this.words[Math.min(this.cursor, this.words.length - 1)];
    return { start: word[0], end: word[1] };
  }

  wordAt(offset) {
    return Math.max(0, lastStartingAtOrBefore(this.words, offset));
  }

  sentenceOfWord(index) {
    const word = this.words[index];
    return Math.max(0, lastStartingAtOrBefore(this.sentences, word[0]));
  }

  firstWordOfSentence(sentence) {
    const [start] = this.sentences[Math.max(0, Math.min(sentence, this.sentences.length - 1))];
    return Math.min(this.words.length - 1, this.wordAt(start) + (this.words[this.wordAt(start)][0] < start ? 1 : 0));
  }

  lastWordOfSentence(sentence) {
    const [, end] = this.sentences[Math.max(0, Math.min(sentence, this.sentences.length - 1))];
    return this.wordAt(end - 1);
  }

  moveCursor(target, extend) {
    if (!this.words.length) return;
    target = Math.max(0, Math.min(this.words.length - 1, target));
    if (!extend || this.anchor === null) this.anchor = target;
    this.cursor = target;
    const first = Math.min(this.anchor, this.cursor);
    const last = Math.max(this.anchor, this.cursor);
    const range = { start: this.words[first][0], end: this.words[last][1] };
    this.send({ action: "select", start: range.start, end: range.end });
    this.renderAll();
    const shown = this.textEl.querySelector(".tk-ann-cursor");
    if (shown && shown.scrollIntoView) shown.scrollIntoView({ block: "nearest" });
  }

  // Put the cursor on the current selection (a mouse selection has none); false when there is nothing.
  ensureCursor() {
    if (this.cursor !== null) return true;
    const selection = this.model.get("selection") || {};
    if (!Number.isInteger(selection.start) || !this.words.length) return false;
    this.anchor = this.wordAt(selection.start);
    this.cursor = Math.max(this.anchor, this.wordAt(Math.max(selection.start, selection.end - 1)));
    return true;
  }

  innermostSpanAtCursor() {
    const selection = this.model.get("selection") || {};
    const range = this.cursorRange() || (Number.isInteger(selection.start) ? selection : null);
    if (!range) return null;
    const spans = (this.model.get("spans") || []).filter((s) => s.start < range.end && range.start < s.end);
    spans.sort((a, b) => (a.end - a.start) - (b.end - b.start));
    return spans[0] || null;
  }

  keydown(event) {
    const target = event.target;
    const typing = target.matches && target.matches("textarea, input");
    // Only the text region itself moves the cursor; its badges and the editor are ordinary buttons.
    const inText = target === this.textEl;
    const key = event.key;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if ((event.ctrlKey || event.metaKey) && !event.altKey && key.toLowerCase() === "z" && !typing) {
      handled();
      this.send({ action: "undo" });
      return;
    }
    if (key === "Escape") {
      handled();
      if (this.editing) this.closeEditor(true);
      else {
        this.cursor = null;
        this.anchor = null;
        this.clearSelection();
        this.renderAll();
      }
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) {
      if (typing) event.stopPropagation(); // typing a note never triggers notebook shortcuts
      return;
    }
    const label = this.labels.find((l) => l.key && l.key === key);
    if (label) {
      handled();
      if (this.editing && this.editor.contains(target)) {
        this.send({ action: "relabel", id: this.editing, label: label.name }); // in the editor: relabel this mark
      } else {
        this.applyLabel(label.name);
      }
      return;
    }
    if (!inText) {
      if (key.length === 1) event.stopPropagation();
      return;
    }
    if (key === "ArrowRight" || key === "ArrowLeft") {
      handled();
      const step = key === "ArrowRight" ? 1 : -1;
      if (this.ensureCursor()) this.moveCursor(this.cursor + step, event.shiftKey);
      else this.moveCursor(0, false); // the first press lands on the first word
    } else if (key === "ArrowDown" || key === "ArrowUp") {
      handled();
      if (!this.ensureCursor()) {
        this.moveCursor(0, false);
        return;
      }
      const from = this.cursor;
      const sentence = this.sentenceOfWord(from);
      let goal;
      if (event.shiftKey) {
        if (key === "ArrowDown") {
          const end = this.lastWordOfSentence(sentence);
          goal = from < end ? end : this.lastWordOfSentence(sentence + 1);
        } else {
          const begin = this.firstWordOfSentence(sentence);
          goal = from > begin ? begin : this.firstWordOfSentence(sentence - 1);
        }
      } else {
        goal = this.firstWordOfSentence(key === "ArrowDown" ? sentence + 1 : sentence - 1);
      }
      this.moveCursor(goal, event.shiftKey);
    } else if (key === "Home" || key === "End") {
      handled();
      this.ensureCursor();
      this.moveCursor(key === "Home" ? 0 : this.words.length - 1, event.shiftKey);
    } else if (key === "Enter" || key === " ") {
      handled();
      const span = this.innermostSpanAtCursor();
      if (span) this.openEditor(span.id);
      else this.announce("There is no mark on this word. Press a label's key to mark it.");
    } else if (key === "Delete" || key === "Backspace") {
      handled();
      const span = this.innermostSpanAtCursor();
      if (span) this.send({ action: "remove", id: span.id });
      else this.announce("There is no mark on this word to remove.");
    } else if (key.toLowerCase() === "u") {
      handled();
      this.send({ action: "undo" });
    } else if (key.length === 1) {
      event.stopPropagation();
    }
  }

  // ----- the editor of one mark -------------------------------------------------------------

  openEditor(spanId) {
    this.editing = spanId;
    this.editorFocusPending = true;
    this.renderAll();
  }

  closeEditor(returnFocus) {
    const id = this.editing;
    this.editing = null;
    this.editor.hidden = true;
    this.renderAll();
    if (returnFocus) {
      const badge = id && this.textEl.querySelector(`.tk-ann-badge[data-span-id="${CSS.escape(id)}"]`);
      (badge || this.textEl).focus();
    }
  }

  placeEditor(spans) {
    const span = this.editing && spans.find((s) => s.id === this.editing);
    if (!span) {
      this.editing = null;
      this.editor.hidden = true;
      if (this.editor.parentElement) this.editor.remove();
      return;
    }
    const holder = [...this.textEl.querySelectorAll(".tk-ann-block")]
      .filter((b) => {
        const block = this.blocks.find((x) => String(x.index) === b.dataset.block);
        return block && block.start < span.end && span.start < block.end;
      })
      .pop() || this.textEl.lastElementChild;
    if (!this.editor.dataset.spanId || this.editor.dataset.spanId !== span.id || this.editor.dataset.version !== this.spanVersion(span)) {
      this.fillEditor(span);
    }
    if (holder) holder.after(this.editor);
    else this.textEl.append(this.editor);
    this.editor.hidden = false;
    if (this.editorFocusPending) {
      this.editorFocusPending = false;
      const first = this.editor.querySelector("button[aria-pressed='true']") || this.editor.querySelector("button");
      if (first) first.focus();
    }
  }

  spanVersion(span) {
    return `${span.label}|${span.note}|${span.accepted ? 1 : 0}`;
  }

  fillEditor(span) {
    const titleId = `${this.uid}-editor-title`;
    const noteId = `${this.uid}-editor-note`;
    const label = this.labelByName.get(span.label) || { title: span.label };
    const keyMode = this.model.get("mode") === "key";
    this.editor.dataset.spanId = span.id;
    this.editor.dataset.version = this.spanVersion(span);
    this.editor.setAttribute("aria-labelledby", titleId);
    const labelButtons = this.labels.map((choice) => h("button", {
      type: "button",
      class: "tk-ann-button tk-ann-relabel",
      "data-label": choice.name,
      "aria-pressed": choice.name === span.label ? "true" : "false",
      onclick: () => {
        if (choice.name !== span.label) this.send({ action: "relabel", id: span.id, label: choice.name });
      },
    }, this.badgeSwatch(choice), choice.title));
    const note = h("textarea", { id: noteId, class: "tk-ann-note", rows: "2", maxlength: "2000" });
    note.value = span.note || "";
    const saveNote = () => this.send({ action: "note", id: span.id, note: note.value });
    note.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        saveNote();
      }
    });
    this.editor.replaceChildren(
      h("p", { class: "tk-ann-editor-title", id: titleId },
        h("strong", {}, `${label.title} mark: `), quote(span.text || "", 120)),
      h("div", { class: "tk-ann-relabels", role: "group", "aria-label": "Change the label" }, ...labelButtons),
      h("label", { class: "tk-ann-note-label", for: noteId }, "Note (why you marked it):"),
      note,
      h("div", { class: "tk-ann-editor-actions" },
        h("button", { type: "button", class: "tk-ann-button", onclick: saveNote }, "Save note"),
        keyMode ? h("button", {
          type: "button", class: "tk-ann-button", "aria-pressed": span.accepted ? "true" : "false",
          onclick: () => this.send({ action: "accept", id: span.id, accepted: !span.accepted }),
        }, span.accepted ? "Accepted \u2713" : "Accept") : null,
        h("button", {
          type: "button", class: "tk-ann-button tk-ann-danger",
          onclick: () => this.send({ action: "remove", id: span.id }),
        }, "Delete mark"),
        h("button", { type: "button", class: "tk-ann-button", onclick: () => this.closeEditor(true) }, "Close")));
  }

  // ----- focus kept across redraws ----------------------------------------------------------

  describeFocus() {
    const active = document.activeElement;
    if (!active || !this.root.contains(active)) return null;
    if (active === this.textEl) return { kind: "text" };
    if (active.classList.contains("tk-ann-badge")) return { kind: "badge", id: active.dataset.spanId };
    if (this.editor.contains(active)) {
      const buttons = [...this.editor.querySelectorAll("button, textarea")];
      return { kind: "editor", index: buttons.indexOf(active) };
    }
    return null;
  }

  restoreFocus(focus) {
    if (!focus) return;
    const active = document.activeElement;
    if (active && active !== document.body && this.root.contains(active)) return; // focus survived the redraw
    if (focus.kind === "text") this.textEl.focus({ preventScroll: true });
    else if (focus.kind === "badge") {
      const badge = this.textEl.querySelector(`.tk-ann-badge[data-span-id="${CSS.escape(focus.id)}"]`);
      (badge || this.textEl).focus({ preventScroll: true });
    } else if (focus.kind === "editor") {
      const controls = [...this.editor.querySelectorAll("button, textarea")];
      const target = this.editor.hidden ? this.textEl : controls[focus.index] || controls[0] || this.textEl;
      target.focus({ preventScroll: true });
    }
  }

  // ----- status, notices, footer, key review ------------------------------------------------

  announce(message) {
    // Clearing first makes screen readers repeat a message identical to the last one.
    this.status.textContent = "";
    setTimeout(() => { this.status.textContent = message; }, 30);
  }

  announceStatus() {
    const status = this.model.get("status") || {};
    if (status.n === this.lastAnnounced) return;
    this.lastAnnounced = status.n;
    this.status.dataset.kind = status.kind || "info";
    this.announce(status.message || "");
  }

  renderNotice() {
    const notice = this.model.get("notice") || {};
    this.notice.hidden = !notice.message;
    this.notice.textContent = notice.message || "";
    this.notice.dataset.kind = notice.kind || "info";
    this.notice.setAttribute("role", notice.kind === "warning" ? "alert" : "note");
  }

  renderFooter() {
    this.savedLine.textContent = this.model.get("saved") || "";
    this.undoButton.disabled = !this.model.get("can_undo");
  }

  renderKeyState() {
    const state = this.model.get("key_state") || {};
    const keyMode = this.model.get("mode") === "key";
    this.keyBar.hidden = !keyMode;
    if (!keyMode) return;
    const summary = h("span", { class: "tk-ann-key-summary" },
      `Key status: ${state.status || "draft"} \u00b7 ${state.accepted || 0} of ${state.total || 0} marks accepted`);
    this.keyBar.replaceChildren(
      summary,
      h("button", { type: "button", class: "tk-ann-button", onclick: () => this.send({ action: "accept_all" }) },
        "Accept all"),
      h("button", {
        type: "button", class: "tk-ann-button tk-ann-primary",
        onclick: () => this.send({ action: "mark_reviewed" }),
      }, "Save as reviewed"));
  }
}

function render({ model, el }) {
  const view = new AnnotatorView(model, el);
  model.send({ action: "ready" });
  return () => view.destroy();
}

export default { render };
