"""Which code a spec change breaks: the generated modules, and the facade code that names them.

`diff_specs` says *what* changed in the spec; a maintainer (or a user pinning the SDK) next asks
*where* it bites. Each breaking change maps to:

- the generated operation module, `integr8_client/api/<tag>/<operation>.py` (its function is
  renamed, moved or loses a parameter);
- the generated models that hold a changed field or enum, `integr8_client/models/<model>.py`;
- the facade code that names the operation: its entry in `integr8/_opnames.py` (the one place
  the facade names generated operations, e.g. `REPORTS['conversions']`), the modules that import
  that entry, and any module that spells the operation out (`client.offers.list_offers`).

Names follow openapi-python-client 0.29.1 (the pinned generator): module names are its
snake-case of the first tag and of the operationId; component schemas become models named after
them, inline objects and enums after their parent plus their property. The mapping is computed
from the OLD spec (the one the installed code was generated from), and a generated path is
listed only when the file exists under `generated_root`, so a naming rule this module gets
wrong can drop a model from the list but never invent one.

Like `_specdiff`, this module needs only the standard library and attrs: `scripts/_speccheck.py`
loads it by file path, without importing the `integr8` package.
"""

from __future__ import annotations

import ast
import builtins
import importlib.util
import keyword
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

__all__ = ["Impact", "affected_code", "generated_names"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@attrs.frozen
class Impact:
    """A spec change and the code it affects.

    `affects` holds paths relative to site-packages, with what names the operation where that
    helps: `integr8_client/api/reports/get_conversion_report.py`,
    `integr8/_opnames.py (REPORTS['conversions'])`, `integr8/_client.py (imports REPORTS)`.
    """

    change: Any  # a SpecChange
    affects: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.change.operation}: {self.change.location}: {self.change.detail}"


def affected_code(
    changes: Iterable[Any],
    old_spec: Mapping[str, Any],
    *,
    generated_root: Path | None = None,
    facade_root: Path | None = None,
) -> list[Impact]:
    """Map each change (a `SpecChange`) to the code it affects.

    `generated_root` and `facade_root` are the `integr8_client` and `integr8` package folders;
    by default those of the installed packages (found without importing them).
    """
    generated_root = generated_root or _package_dir("integr8_client")
    facade_root = facade_root or _package_dir("integr8")
    operations = _operations(old_spec)
    references = _FacadeReferences(facade_root) if facade_root else None
    out = []
    for change in changes:
        op = operations.get(change.operation)
        if op is None:
            out.append(Impact(change, ()))
            continue
        files = [f"api/{op.tag_module}/{op.module}.py"]
        files += [f"models/{m}.py" for m in _models(old_spec, op, change.location)]
        if generated_root is not None:
            files = [f for f in files if (generated_root / f).is_file()]
        affects = [f"integr8_client/{f}" for f in dict.fromkeys(files)]
        if references is not None:
            affects += references.of(op.tag_attribute, op.module)
        out.append(Impact(change, tuple(affects)))
    return out


def generated_names(spec: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """`{operationId or "METHOD /path": (tag module, operation module)}` as the generator names them."""
    return {label: (op.tag_module, op.module) for label, op in _operations(spec).items()}


def _package_dir(name: str) -> Path | None:
    try:
        found = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    locations = list(found.submodule_search_locations or []) if found else []
    return Path(locations[0]) if locations else None


# -- the generator's names (openapi_python_client.strings, 0.29.1) ----------------------------------

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def _words(value: str) -> list[str]:
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def _fix_reserved(value: str) -> str:
    return f"{value}_" if value in _RESERVED or keyword.iskeyword(value) else value


def _snake(value: str, prefix: str = "field_") -> str:
    """`PythonIdentifier(value, prefix)`: module and function names."""
    safe = _sanitize(value)
    out = _fix_reserved("_".join(_words(safe)).lower())
    return out if out.isidentifier() and not safe.startswith("_") else f"{prefix}{out}"


def _pascal(value: str) -> str:
    """`ClassName(value, ...)` without the prefix fallback: model class names."""
    return _fix_reserved("".join(w if w.isupper() else w.capitalize() for w in _words(_sanitize(value))))


def _tag_attribute(tag_module: str) -> str:
    # Mirrors integr8._operations.attribute_name (the facade's client.<tag> names).
    return re.sub(r"_i_ds(?=_|$)", "_ids", tag_module)


# -- operations of the old spec ------------------------------------------------------------------


@attrs.frozen
class _Op:
    operation_id: str
    tag_module: str
    module: str
    tag_attribute: str
    item: Mapping[str, Any]  # the operation object


def _operations(spec: Mapping[str, Any]) -> dict[str, _Op]:
    out = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            op = item.get(method) if isinstance(item, Mapping) else None
            if not isinstance(op, Mapping):
                continue
            operation_id = op.get("operationId")
            label = str(operation_id) if operation_id else f"{method.upper()} {path}"
            if not operation_id:  # openapi_python_client.parser.openapi.generate_operation_id
                operation_id = f"{method}_{path.replace('{', '').replace('}', '').replace('/', '_').strip('_')}"
            tag_module = _snake(str((op.get("tags") or ["default"])[0]), prefix="tag")
            out[label] = _Op(str(operation_id), tag_module, _snake(str(operation_id)), _tag_attribute(tag_module), op)
    return out


# -- models that hold a changed field -------------------------------------------------------------


def _models(spec: Mapping[str, Any], op: _Op, location: str) -> list[str]:
    """Model module names for a change's `location` ("response field data.status", ...)."""
    kind, _, rest = location.partition(" field ")
    if rest and kind in ("request", "response"):
        roots = _body_roots(spec, op, kind)
        found: list[str] = []
        for schema, class_name in roots:
            found += _along(spec, schema, class_name, rest.split("."))
        return found
    if location.startswith("parameter "):
        # An inline enum parameter is a model named after the operation and the parameter.
        return [_snake(_pascal(op.operation_id) + _pascal(location.removeprefix("parameter ")))]
    if location == "request body":
        return [_snake(name) for _, name in _body_roots(spec, op, "request")]
    return []


def _body_roots(spec: Mapping[str, Any], op: _Op, side: str) -> list[tuple[Any, str]]:
    """(schema, class name) of the request body, or of each 2xx JSON response."""
    if side == "request":
        body = _resolve(spec, op.item.get("requestBody"))[0]
        schema = _json_schema(body)
        return [] if schema is None else [(schema, _class_of(schema, f"{op.operation_id}_body"))]
    roots = []
    for status, response in (op.item.get("responses") or {}).items():
        if str(status).startswith("2"):
            schema = _json_schema(_resolve(spec, response)[0])
            if schema is not None:
                roots.append((schema, _class_of(schema, f"{op.operation_id}_response_{status}")))
    return roots


def _json_schema(node: Any) -> Any:
    content = node.get("content") if isinstance(node, Mapping) else None
    if not isinstance(content, Mapping) or not content:
        return None
    media = next((m for m in content if "json" in m), next(iter(content)))
    return (content[media] or {}).get("schema")


def _class_of(schema: Any, inline_name: str) -> str:
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    return _pascal(ref.rsplit("/", 1)[-1]) if isinstance(ref, str) else _pascal(inline_name)


def _along(spec: Mapping[str, Any], schema: Any, class_name: str, names: list[str]) -> list[str]:
    """Walk `names` down from `schema`; the models owning the last name (and the field's own)."""
    for depth, name in enumerate(names):
        props = _properties(spec, schema)
        if name not in props:
            return []
        prop = props[name]
        child, child_class = _step(spec, prop, class_name, name)
        if depth == len(names) - 1:
            own = [_snake(child_class)] if child_class != class_name else []
            return [_snake(class_name), *own]
        schema, class_name = child, child_class
    return []


def _step(spec: Mapping[str, Any], prop: Any, parent: str, name: str) -> tuple[Any, str]:
    """The schema a property leads to, and the class holding it (arrays are transparent)."""
    if isinstance(prop, Mapping) and "$ref" in prop:
        return prop, _class_of(prop, "")
    resolved = _merged(spec, prop)
    if resolved.get("type") == "array" or "items" in resolved:
        items = resolved.get("items") or {}
        if isinstance(items, Mapping) and "$ref" in items:
            return items, _class_of(items, "")
        if _is_model(spec, items):
            return items, _pascal(parent) + _pascal(f"{name}_item")
        return items, parent
    if _is_model(spec, resolved) or resolved.get("enum"):
        return prop, _pascal(parent) + _pascal(name)
    return prop, parent


def _is_model(spec: Mapping[str, Any], schema: Any) -> bool:
    resolved = _merged(spec, schema)
    return bool(resolved.get("properties")) or resolved.get("type") == "object"


def _properties(spec: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    resolved = _merged(spec, schema)
    if resolved.get("type") == "array" or "items" in resolved:
        resolved = _merged(spec, resolved.get("items"))
    return dict(resolved.get("properties") or {})


def _resolve(spec: Mapping[str, Any], node: Any) -> tuple[Any, frozenset[str]]:
    seen: frozenset[str] = frozenset()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return {}, seen
        seen |= {ref}
        node = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part, {}) if isinstance(node, Mapping) else {}
    return node, seen


def _merged(spec: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """The schema with `$ref` followed and `allOf` members' properties folded in."""
    resolved, _ = _resolve(spec, schema)
    if not isinstance(resolved, Mapping):
        return {}
    out = dict(resolved)
    for member in resolved.get("allOf") or []:
        part = _merged(spec, member)
        out = {**part, **out, "properties": {**(part.get("properties") or {}), **(out.get("properties") or {})}}
    return out


# -- facade code that names an operation ----------------------------------------------------------


class _FacadeReferences:
    """Where the hand-written package names generated operations (read as source, never imported)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries: dict[tuple[str, str], list[str]] = {}  # (tag attribute, operation) -> "REPORTS['clicks']"
        opnames = root / "_opnames.py"
        if opnames.is_file():
            self.entries = _opnames_entries(opnames.read_text(encoding="utf-8"))
        self.modules: list[tuple[str, set[str], set[tuple[str, str]]]] = []  # (label, imports, attribute pairs)
        for path in sorted(root.rglob("*.py")):
            if "__pycache__" in path.parts or path == opnames:
                continue
            try:
                tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
            except SyntaxError:
                continue
            label = f"{root.name}/{path.relative_to(root).as_posix()}"
            self.modules.append((label, _imported_from_opnames(tree), _attribute_pairs(tree)))

    def of(self, tag: str, operation: str) -> list[str]:
        entries = self.entries.get((tag, operation), [])
        out = [f"{self.root.name}/_opnames.py ({entry})" for entry in entries]
        constants = {entry.split("[", 1)[0] for entry in entries}
        for label, imports, pairs in self.modules:
            used = sorted(constants & imports)
            if used:
                out.append(f"{label} (imports {', '.join(used)})")
            if (tag, operation) in pairs:
                out.append(f"{label} (.{tag}.{operation})")
        return out


def _opnames_entries(source: str) -> dict[tuple[str, str], list[str]]:
    """`("reports", "get_click_report") -> ["REPORTS['clicks']"]` for each `(tag, operation)` pair."""
    out: dict[tuple[str, str], list[str]] = {}

    def pair(node: ast.AST) -> tuple[str, str] | None:
        if isinstance(node, ast.Tuple) and len(node.elts) == 2:
            values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(values) == 2:
                return values[0], values[1]
        return None

    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        found = pair(value)
        if found:
            out.setdefault(found, []).append(target.id)
        elif isinstance(value, ast.Dict):
            for key, item in zip(value.keys, value.values, strict=True):
                found = pair(item)
                if found and isinstance(key, ast.Constant):
                    out.setdefault(found, []).append(f"{target.id}[{key.value!r}]")
    return out


def _imported_from_opnames(tree: ast.AST) -> set[str]:
    return {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").rsplit(".", 1)[-1] == "_opnames"
        for alias in node.names
    }


def _attribute_pairs(tree: ast.AST) -> set[tuple[str, str]]:
    """Every `x.<a>.<b>` in the code (not in docstrings): how code spells `client.offers.list_offers`."""
    return {
        (node.value.attr, node.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)
    }
