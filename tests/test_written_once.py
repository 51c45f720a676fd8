"""The facade's shape, checked from its source: logic written once, features behind one seam.

- No two functions of `facade/integr8` differ only by `async`/`await` (issue 16): each function's
  syntax tree is compared with every other's after erasing what makes a twin (`await`, `async
  for`/`async with`/`async def`, and the `a`/`async_`/`Async`/`Sync` prefixes of the names they
  call: `aclose`/`close`, `aiter_bytes`/`iter_bytes`, `arun`/`run`). The two thin drivers of
  `integr8._flow` are the one allowed pair, as the issue says.
- No module outside the client touches the client's private members, and no feature takes
  `client: Any`: features reach a client through `integr8._core.Core`.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

FACADE = Path(__file__).resolve().parents[1] / "facade" / "integr8"

# The "two thin drivers, one blocking and one awaiting": the flow drivers and their I/O.
DRIVERS = {("_flow.py", "run"), ("_flow.py", "arun")} | {
    ("_flow.py", f"{cls}.{method}")
    for cls in ("SyncIO", "AsyncIO")
    for method in ("__init__", "sleep", "open", "chunks", "raw_chunks", "next_chunk", "close", "blocking")
}


def _plain(name: str) -> str:
    """`export_async`, `aiter_cursor`, `AsyncPaginator`, `send_async` -> `export`, `iter_cursor`,
    `Paginator`, `send`: the names a twin pair differs by."""
    name = re.sub(r"(?:^|_)a?sync(?=_|$)", "", name)
    name = re.sub(r"^(?:Async|Sync)(?=[A-Z])", "", name)
    return re.sub(r"^_?a(?=[a-z_])", lambda m: m.group(0)[:-1], name)


class _EraseAsync(ast.NodeTransformer):
    """A function's tree as its blocking twin would have it."""

    def visit_Await(self, node: ast.Await) -> ast.AST:
        return self.visit(node.value)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> ast.AST:
        self.generic_visit(node)
        return ast.For(node.target, node.iter, node.body, node.orelse, getattr(node, "type_comment", None))

    def visit_AsyncWith(self, node: ast.AsyncWith) -> ast.AST:
        self.generic_visit(node)
        return ast.With(node.items, node.body, getattr(node, "type_comment", None))

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.Name(_plain(node.id), node.ctx)

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        return ast.Attribute(node.value, _plain(node.attr), node.ctx)


def _functions(tree: ast.Module) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    found: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found.append((prefix + child.name, child))
                walk(child, prefix + child.name + ".")
            elif isinstance(child, ast.ClassDef):
                walk(child, prefix + child.name + ".")

    walk(tree, "")
    return found


def _shape(func: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    body = list(func.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant):
        body = body[1:]  # the docstring
    erased = [_EraseAsync().visit(ast.parse(ast.unparse(stmt))) for stmt in body]
    args = _EraseAsync().visit(ast.parse(f"def f({ast.unparse(func.args)}): pass"))
    return ast.dump(args.body[0].args) + "".join(ast.dump(e) for e in erased)


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (str(path.relative_to(FACADE)), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(FACADE.rglob("*.py"))
    ]


def test_no_function_differs_from_another_only_by_async_and_await() -> None:
    by_shape: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for module, tree in _modules():
        for name, func in _functions(tree):
            if (module, name) in DRIVERS or len(func.body) < 3:
                continue  # one-line delegations are not logic written twice
            by_shape[_shape(func)].append((module, name, isinstance(func, ast.AsyncFunctionDef)))
    twins = [
        " ~ ".join(f"{module}:{name}" for module, name, _ in group)
        for group in by_shape.values()
        if any(is_async for *_, is_async in group) and any(not is_async for *_, is_async in group)
    ]
    assert not twins, "sync/async twins (write the logic once as a flow, see integr8._flow):\n" + "\n".join(twins)


def test_the_twin_detector_finds_a_twin() -> None:
    """The check above can fail: a pair written the way the facade used to be is caught."""
    source = """
def send(http, request):
    response = http.send(request)
    for chunk in response.iter_bytes():
        handle(chunk)
    response.close()

async def asend(http, request):
    response = await http.send(request)
    async for chunk in response.aiter_bytes():
        handle(chunk)
    await response.aclose()
"""
    (_, sync), (_, awaiting) = _functions(ast.parse(source))
    assert _shape(sync) == _shape(awaiting)


def _client_private_names() -> set[str]:
    """The private attributes and methods the client classes define (`self._x = ...`, `def _x`)."""
    tree = ast.parse((FACADE / "_client.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("_"):
            names.add(node.name)
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
            and isinstance(node.ctx, ast.Store)
        ):
            names.add(node.attr)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def test_no_module_outside_the_client_touches_its_private_members() -> None:
    private = _client_private_names()
    assert {"_core", "_http", "_call"} <= private  # the check reads the client as it is
    offenders = []
    for module, tree in _modules():
        if module == "_client.py":
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in private
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                offenders.append(f"{module}:{node.lineno}: .{node.attr}")
    assert not offenders, "reach the client through integr8._core.Core instead:\n" + "\n".join(offenders)


def test_no_feature_takes_an_untyped_client() -> None:
    offenders = []
    for module, tree in _modules():
        for name, func in _functions(tree):
            for arg in [*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs]:
                if "client" in arg.arg and arg.annotation is not None and ast.unparse(arg.annotation) == "Any":
                    offenders.append(f"{module}:{name}({arg.arg}: Any)")
    assert not offenders, "type the client (or take integr8._core.Core):\n" + "\n".join(offenders)
