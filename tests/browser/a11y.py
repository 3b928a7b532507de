"""Accessibility audits in the browser: axe-core over marked widget areas, counted and tabled.

axe-core comes from the `axe-playwright-python` package, which bundles `axe.min.js` (no CDN,
no download). `audit(page, where)` runs it once over every element marked as a widget area
(class `tk-gallery`, one more class `tk-gallery-<name>` naming the widget) and returns one
`Finding` per rule broken in an area, with its impact and how many elements break it.
Only WCAG 2.0 / 2.1 level A and AA rules run: the standard schools are held to.

`record(findings)` keeps them for the table printed at the end of the pytest run
(`counts_table`), one row per place audited and widget, one column per impact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
IMPACTS = ("minor", "moderate", "serious", "critical")
FAILING = ("serious", "critical")
AREA = "tk-gallery"


def axe_script() -> str:
    """axe-core's source, as shipped inside the axe-playwright-python package."""
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Finding:
    """One axe rule broken inside one widget's area, in one place (server, theme, state)."""

    where: str
    widget: str
    rule: str
    impact: str
    nodes: int
    help: str
    example: str

    @property
    def failing(self) -> bool:
        return self.impact in FAILING

    def __str__(self) -> str:
        return (f"{self.where} / {self.widget}: {self.rule} ({self.impact}, {self.nodes} element(s)): {self.help}\n"
                f"    e.g. {self.example}")


_RUN_AXE = """async ([area, tags]) => {
    const areas = [...document.querySelectorAll('.' + area)];
    if (!areas.length) return {areas: [], violations: [], contrastChecked: {}};
    const results = await axe.run({include: areas}, {
        runOnly: {type: 'tag', values: tags},
        elementRef: true,
        selectors: false,  // every node comes with its element: no CSS selectors to work out
    });
    const nameOf = (element) => {
        const box = element && element.closest('.' + area);
        if (!box) return '(outside)';
        const named = [...box.classList].find((c) => c.startsWith(area + '-'));
        return named ? named.slice(area.length + 1) : '(unnamed)';
    };
    const violations = [];
    for (const rule of results.violations) {
        const byArea = new Map();
        for (const node of rule.nodes) {
            const name = nameOf(node.element);
            const entry = byArea.get(name) || {nodes: 0, example: node.html + ' :: ' + (node.failureSummary || '')};
            entry.nodes += 1;
            byArea.set(name, entry);
        }
        for (const [name, entry] of byArea) {
            violations.push({widget: name, rule: rule.id, impact: rule.impact || 'minor', help: rule.help,
                             nodes: entry.nodes, example: entry.example.slice(0, 400)});
        }
    }
    // How many elements colour contrast was checked for, per area: axe skips what is off screen,
    // so a count of zero means the audit was blind there, not that all was well.
    const contrastChecked = Object.fromEntries(areas.map((a) => [nameOf(a), 0]));
    const undecided = [];  // contrast axe could not work out (a background image, an overlap), and why
    for (const kind of ['passes', 'violations', 'incomplete']) {
        for (const rule of results[kind]) {
            if (rule.id !== 'color-contrast') continue;
            for (const node of rule.nodes) {
                const name = nameOf(node.element);
                contrastChecked[name] = (contrastChecked[name] || 0) + 1;
                if (kind === 'incomplete') {
                    const why = [...(node.any || []), ...(node.all || [])].map((check) => check.message).join('; ');
                    undecided.push(name + ': ' + node.html.slice(0, 120) + ' :: ' + why);
                }
            }
        }
    }
    return {areas: areas.map(nameOf), violations, contrastChecked, undecided};
}"""

_REPORT: list[tuple[str, list[str], list[Finding]]] = []


@dataclass(frozen=True)
class Audit:
    """One run of axe-core over the widget areas of a page."""

    areas: list[str]  # the widget areas found, by name
    findings: list[Finding]  # the rules broken, one per rule and area
    undecided: list[str]  # "widget: element :: why" for each colour contrast axe could not work out


def audit(page, where: str) -> Audit:
    """Run axe-core over every widget area on the page; the areas' names and what broke in each.

    Fails if colour contrast could not be checked in an area (axe skips what is not on
    screen: see `show_every_area`), rather than report a clean result it did not look at.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_script())
    answer = page.evaluate(_RUN_AXE, [AREA, list(WCAG_TAGS)])
    blind = sorted(name for name, count in answer["contrastChecked"].items() if count == 0)
    if blind:
        raise AssertionError(f"{where}: axe checked the colour contrast of nothing in {', '.join(blind)} "
                             "(off screen, or not drawn yet)")
    findings = [Finding(where=where, **v) for v in answer["violations"]]
    return Audit(answer["areas"], findings, answer["undecided"])


_PAGE_BOTTOM = """(area) => {
    // Scroll every scrolling ancestor of the areas to the top, then say where the last area ends.
    const areas = [...document.querySelectorAll('.' + area)];
    if (!areas.length) return 0;
    for (let box = areas[0].parentElement; box; box = box.parentElement) box.scrollTop = 0;
    return Math.max(...areas.map((a) => a.getBoundingClientRect().bottom));
}"""


_AREAS_IN_SIGHT = """(area) => {
    // True once nothing covers the top or the foot of any area: after a resize JupyterLab lays
    // its panels out again a moment later, and until then the last areas lie under its edge.
    const inSight = (box, y) => {
        const rect = box.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, y);
        return Boolean(hit) && box.contains(hit);
    };
    return [...document.querySelectorAll('.' + area)].every((box) => {
        const rect = box.getBoundingClientRect();
        return rect.height < 4 || (inSight(box, rect.top + 1) && inSight(box, rect.bottom - 1));
    });
}"""


def show_every_area(page, most: int = 60_000) -> None:
    """Make the window as tall as the widgets, so every one is on screen for axe.

    axe checks colour contrast only for what is on screen, and JupyterLab and Voila scroll
    inside a panel the height of the window. JupyterLab's `<body>` also has no height (its
    shell is positioned absolutely), which axe reads as clipping everything; giving it the
    window's height changes nothing a student sees.
    """
    page.add_style_tag(content="html, body { height: 100%; }")
    for _ in range(3):  # a taller window can draw more (JupyterLab renders lazily): check again
        bottom = page.evaluate(_PAGE_BOTTOM, AREA)
        size = page.viewport_size
        if bottom + 20 <= size["height"]:
            break
        page.set_viewport_size({"width": size["width"], "height": min(most, int(bottom) + 100)})
        page.wait_for_timeout(300)
    page.evaluate(_PAGE_BOTTOM, AREA)
    try:
        page.wait_for_function(_AREAS_IN_SIGHT, arg=AREA, timeout=15_000)
    except Exception:  # still covered: the audit then finds that out (see test_a11y_audit.py)
        pass


_RETRIES: list[str] = []


def record(where: str, areas: list[str], findings: list[Finding], retries: Sequence[str] = ()) -> None:
    """Keep one audit's results for the table at the end of the run, and why it had to run again."""
    _REPORT.append((where, areas, findings))
    _RETRIES.extend(f"{where}: {why}" for why in retries)


def counts(findings: list[Finding]) -> Counter:
    """Elements breaking a rule, by (widget, impact)."""
    total: Counter = Counter()
    for finding in findings:
        total[finding.widget, finding.impact] += finding.nodes
    return total


def counts_table(report: list[tuple[str, list[str], list[Finding]]] | None = None) -> str:
    """A plain-text table: one row per widget, one column per place audited, each cell the elements
    breaking a rule by impact, "minor/moderate/serious/critical"; then the rules broken."""
    report = _REPORT if report is None else report
    places = [where for where, _, _ in report]
    widgets: dict[str, None] = {}
    for _, areas, findings in report:
        widgets.update(dict.fromkeys([*areas, *(f.widget for f in findings)]))
    header = ("widget", *places, "rules broken")
    rows = []
    for widget in widgets:
        cells = []
        for _, _, findings in report:
            tally = counts(findings)
            cells.append("/".join(str(tally[widget, impact]) for impact in IMPACTS))
        rules = sorted({f"{f.rule} ({f.impact})" for _, _, findings in report for f in findings if f.widget == widget})
        rows.append((widget, *cells, ", ".join(rules) or "-"))
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    line = "  ".join("{:<%d}" % w for w in widths)
    out = [f"elements breaking a rule, as {'/'.join(IMPACTS)}:", line.format(*header),
           line.format(*("-" * w for w in widths))]
    out.extend(line.format(*row) for row in rows)
    if report is _REPORT and _RETRIES:
        out.append("audits run again (the planted faults were not found the first time):")
        out.extend("  " + retry for retry in _RETRIES)
    return "\n".join(out)


def reported() -> bool:
    return bool(_REPORT)


# ----- JupyterLab themes ------------------------------------------------------------------------

LIGHT = "JupyterLab Light"
DARK = "JupyterLab Dark"


def set_lab_theme(page, theme: str) -> None:
    """Switch JupyterLab's theme the way the Settings menu does (it is stored in the user settings)."""
    page.evaluate("(theme) => window.jupyterapp.commands.execute('apputils:change-theme', {theme})", theme)
    light = "true" if theme == LIGHT else "false"
    page.wait_for_function(f"document.body.dataset.jpThemeLight === '{light}' && "
                           f"document.body.dataset.jpThemeName === {theme!r}")
    # ... and the notebook is drawn in the theme's colours: a light or a dark background.
    page.wait_for_function("""(light) => {
        const [r, g, b] = getComputedStyle(document.querySelector('.jp-Notebook') || document.body)
            .backgroundColor.match(/\\d+/g).map(Number);
        return ((r + g + b) / 3 > 128) === light;
    }""", arg=theme == LIGHT)
    page.wait_for_timeout(500)


# ----- the keyboard -------------------------------------------------------------------------------

_FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(page)';
    const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '';
    return el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
        + ' "' + name.trim().slice(0, 40) + '"';
}"""


def tab_to(page, selector: str, *, within: str = "", limit: int = 80, backwards: bool = False) -> list[str]:
    """Press Tab (Shift+Tab when `backwards`) until the focused element matches `selector`.

    `within` narrows it to elements inside a container. Returns the elements passed on the
    way (for messages); fails, naming them, if `limit` presses do not get there.
    """
    check = ("(args) => { const el = document.activeElement; if (!el || !el.matches(args[0])) return false;"
             " return !args[1] || Boolean(el.closest(args[1])); }")
    trail = []
    for _ in range(limit):
        if page.evaluate(check, [selector, within]):
            return trail
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        trail.append(page.evaluate(_FOCUSED))
    raise AssertionError(f"{limit} presses of Tab did not reach {selector!r} {within!r}; focus went: "
                         + " -> ".join(trail[-25:]))


def focused(page) -> str:
    """A short description of the focused element (tag, classes, name)."""
    return page.evaluate(_FOCUSED)
