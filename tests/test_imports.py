"""The import rules of docs/ARCHITECTURE.md, read from the source (every import, also those
inside functions): no circle between product modules, the parser imports no Django and nothing
of the project, `actors` never imports `statements`, product code never imports the tests."""

import ast
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGES = ("config", "actors", "statements", "api", "sources", "watch")
# Circles still in the code, each as its sorted modules; the list may only shrink (a test below
# fails once a listed circle is gone, so that it is struck off).
KNOWN_CIRCLES: set[tuple[str, ...]] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def product_modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[module_name(path)] = path
    return found


MODULES = product_modules()


def imported(name: str, path: Path) -> set[str]:
    """Every module this one imports (resolved relative imports; `from p import m` is p.m)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in runtime_nodes(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                out.add(full if full in MODULES else base)
    return out


def runtime_nodes(tree: ast.AST):
    """Every node except those under `if TYPE_CHECKING:` (type-only imports run never)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            test = getattr(child, "test", None) if isinstance(child, ast.If) else None
            if isinstance(test, ast.Name) and test.id == "TYPE_CHECKING":
                todo.extend(child.orelse)
                continue
            todo.append(child)


def graph() -> dict[str, set[str]]:
    return {
        name: {m for m in imported(name, path) if m in MODULES and m != name}
        for name, path in MODULES.items()
    }


def circles(edges: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    sys.setrecursionlimit(10_000)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[tuple[str, ...]] = set()

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.add(tuple(sorted(group)))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_new_import_circle_between_product_modules():
    assert circles(graph()) - KNOWN_CIRCLES == set()


def test_every_known_circle_is_still_there_or_struck_off_the_list():
    assert KNOWN_CIRCLES - circles(graph()) == set()


def test_the_parser_imports_no_django_and_nothing_of_the_project():
    for name, path in MODULES.items():
        if not name.startswith("statements.parsing"):
            continue
        for module in imported(name, path):
            top = module.split(".")[0]
            assert top not in ("django", "celery", "actors", "config"), (name, module)
            if top == "statements":
                assert module.startswith("statements.parsing"), (name, module)


def test_actors_never_imports_statements():
    for name, path in MODULES.items():
        if name.startswith("actors"):
            assert not any(m.split(".")[0] == "statements" for m in imported(name, path)), name


def test_product_code_never_imports_the_tests_or_test_only_packages():
    for name, path in MODULES.items():
        for module in imported(name, path):
            top = module.split(".")[0]
            assert top not in ("tests", "factory", "faker", "pytest"), (name, module)


def test_the_ingest_pipeline_and_the_tasks_do_not_import_each_other_back():
    edges = graph()
    assert "statements.tasks" not in edges["statements.ingest"]
    assert "statements.services" not in edges["statements.tasks"]
    assert "statements.services" not in edges["statements.export.tasks"]
