"""The package layout a newcomer relies on: no import cycles, a short top level, names that do not repeat.

The import graph is read from the source with `ast` (nothing is imported), counting imports
at module level and inside functions alike (a lazy import hides a cycle from Python but not
from a reader), but not those under `if TYPE_CHECKING:`, which never run. `from toolkit.x
import y` counts as an import of `toolkit.x.y` when that is a module, else of `toolkit.x`. A cycle between modules of different packages means two
features that cannot be understood (or tested) one without the other; inside one package a
facade (`__init__`) may import the modules it re-exports, so only cycles that do not pass
through a facade count there.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "toolkit"
#: The modules allowed at the top of `toolkit/`: the package entry, `python -m toolkit`, the CLI.
TOP_LEVEL = {"__init__.py", "__main__.py", "cli.py"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _package_of(name: str, modules: dict[str, Path]) -> str:
    """The package a module belongs to (a facade belongs to its own package)."""
    return name if modules[name].name == "__init__.py" else name.rpartition(".")[0]


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The most specific toolkit module that `name` names (None outside the toolkit)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _runtime_nodes(tree: ast.AST):
    """Every node except those under `if TYPE_CHECKING:` (imports for type hints only never run)."""
    pending = [tree]
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            pending.extend(node.orelse)
            continue
        pending.extend(ast.iter_child_nodes(node))


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            targets = [f"{origin}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            if target == "toolkit" or target.startswith("toolkit."):
                resolved = _resolve(target, modules)
                if resolved and resolved != name:
                    found.add(resolved)
    return found


def import_graph() -> dict[str, set[str]]:
    """Each toolkit module and the toolkit modules it imports anywhere in its source."""
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
    return components


def test_the_graph_reader_finds_lazy_and_relative_imports(tmp_path):
    source = ("import os\nfrom . import b\ndef f():\n    from toolkit.pkg.c import thing\n    import toolkit.pkg\n"
              "if TYPE_CHECKING:\n    from toolkit.pkg.d import Hint\n")
    modules = {"toolkit.pkg": PACKAGE, "toolkit.pkg.a": PACKAGE, "toolkit.pkg.b": PACKAGE, "toolkit.pkg.c": PACKAGE,
               "toolkit.pkg.d": PACKAGE}
    path = tmp_path / "a.py"
    path.write_text(source)
    assert _imports("toolkit.pkg.a", path, modules) == {"toolkit.pkg", "toolkit.pkg.b", "toolkit.pkg.c"}
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_between_packages():
    modules = _modules()
    graph = import_graph()
    crossing = [cycle for cycle in _cycles(graph) if len({_package_of(m, modules) for m in cycle}) > 1]
    assert not crossing, "import cycles across packages:\n" + "\n".join(" <-> ".join(c) for c in crossing)


def test_no_import_cycles_inside_a_package_except_through_its_facade():
    modules = _modules()
    graph = import_graph()
    facades = {name for name, path in modules.items() if path.name == "__init__.py"}
    without_facades = {name: edges - facades for name, edges in graph.items() if name not in facades}
    cycles = _cycles(without_facades)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_only_the_entry_points_sit_at_the_top_of_the_package():
    top = {path.name for path in PACKAGE.glob("*.py")}
    assert top <= TOP_LEVEL, f"modules at the top of toolkit/ that belong in a package: {sorted(top - TOP_LEVEL)}"


def test_no_two_modules_share_a_file_name():
    names = Counter(path.name for path in PACKAGE.rglob("*.py") if path.name not in ("__init__.py", "__main__.py"))
    repeated = {name: count for name, count in names.items() if count > 1}
    assert not repeated, f"file names used more than once: {repeated}"


@pytest.mark.parametrize("package", sorted(p.relative_to(PACKAGE.parent).as_posix()
                                           for p in PACKAGE.rglob("*") if p.is_dir() and any(p.glob("*.py"))))
def test_each_package_has_a_facade_that_says_what_it_holds(package):
    facade = PACKAGE.parent / package / "__init__.py"
    assert facade.exists(), f"{package} has no __init__.py"
    docstring = ast.get_docstring(ast.parse(facade.read_text(encoding="utf-8")))
    assert docstring and docstring.strip(), f"{package}/__init__.py has no docstring"


def test_css_lives_in_the_one_stylesheet():
    """Views reference the stylesheet (`toolkit.render.theme.style`) instead of writing `<style>` of their own."""
    writers = [path.relative_to(PACKAGE.parent).as_posix() for path in sorted(PACKAGE.rglob("*.py"))
               if "<style" in path.read_text(encoding="utf-8") and path != PACKAGE / "render" / "theme.py"]
    assert not writers, f"modules writing their own <style>: {writers}"
